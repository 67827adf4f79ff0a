"""The wegwijzer in a real browser (issue 16).

1. A carer on a 390 px phone walks the whole path with the keyboard only (Tab, Space and
   the arrow keys in a radio group, Enter on the button), reaches her overview and mails
   it to herself; the focus is always visible and nothing is wider than the screen.
2. The same walk with JavaScript off reaches the same overview, and the browser's back
   button returns to the question before, with its answer still chosen.
3. axe-core finds no WCAG 2.2 A/AA violations on any step of the demo wegwijzer (both
   branches, and a step with an error), its overview, the mail form and "Bel mij", at
   390 px and 1280 px. A screenshot of each goes to /tmp/qa_*.png for review.

The test path is the one of tests/guide/wegwijzer_factory.py, put next to the demo.
"""

from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests import factories as f
from tests.browser.conftest import BROWSER_TESTS, DESKTOP, describe_violations, run_axe
from tests.browser.test_vacaturebank import assert_fits, press_and_wait, tab_to
from tests.guide import wegwijzer_factory as w

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}
SHOTS = Path("/tmp")  # noqa: S108 (where the lead looks at them: /tmp/qa_*.png)
MAX_ARROWS = 40
CARER = "sanne.test@example.org"
# The older carer's walk: her answers, in the order the questions come.
OLDER_CARER = [
    ("voor-wie", ["ouder"]),
    ("jong", ["nee"]),
    ("balans.1", ["ja"]),
    ("balans.2", ["beetje"]),
    ("balans.3", ["nee"]),  # 2 points: "Het is zwaar"
    ("hulp", ["rust", "praten"]),
]


# Helpers -------------------------------------------------------------------------------------


def assert_focus_visible(tab):
    """The element with the focus shows it: an outline or the yellow focus ring."""
    style = tab.evaluate(
        """() => {
            const el = document.activeElement;
            const css = getComputedStyle(el);
            return {tag: el.tagName.toLowerCase(),
                    name: el.getAttribute('name') || el.textContent.trim(),
                    outline: css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2,
                    ring: css.boxShadow !== 'none'};
        }"""
    )
    assert style["outline"] or style["ring"], f"no visible focus on {style} at {tab.url}"


def focused_is(tab, locator):
    return tab.evaluate("element => element === document.activeElement", locator.element_handle())


def choose_radio_by_keyboard(tab, name, value):
    """Tab into a radio group and pick `value` as a keyboard user does: Space on the first
    answer, the arrow keys for the others (they move and choose at once)."""
    group = tab.locator(f"main input[type='radio'][name='{name}']")
    checked = group.locator(":scope:checked")
    tab_to(tab, checked if checked.count() else group.first)
    assert_focus_visible(tab)
    if tab.evaluate("() => document.activeElement.value") == value:
        tab.keyboard.press("Space")
    for _ in range(MAX_ARROWS):
        if tab.evaluate("() => document.activeElement.checked && document.activeElement.value") == (
            value
        ):
            return
        tab.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never reached {name}={value} on {tab.url}")


def tick_by_keyboard(tab, name, value):
    box = tab.locator(f"main input[type='checkbox'][name='{name}'][value='{value}']")
    tab_to(tab, box)
    assert_focus_visible(tab)
    tab.keyboard.press("Space")
    assert box.is_checked(), f"Space did not tick {name}={value}"


def answer_step_by_keyboard(tab, answers):
    """Answer the question on screen with the keyboard and press Enter on "Volgende"."""
    for name, values in answers:
        kind = tab.locator(f"main input[name='{name}']").first.get_attribute("type")
        for value in values:
            if kind == "checkbox":
                tick_by_keyboard(tab, name, value)
            else:
                choose_radio_by_keyboard(tab, name, value)
    tab_to(tab, tab.locator("main form").get_by_role("button", name="Volgende"))
    assert_focus_visible(tab)
    response = press_and_wait(tab)
    assert response.status == 200, f"{tab.url}: {response.status}"
    assert_fits(tab, "a wegwijzer step", width=tab.viewport_size["width"])


def answer_step_by_mouse(tab, answers):
    form = tab.locator("main form")
    for name, values in answers:
        for value in values:
            form.locator(f"input[name='{name}'][value='{value}']").check()
    with tab.expect_navigation() as navigation:
        form.get_by_role("button", name="Volgende").click()
    assert navigation.value.status == 200, f"{tab.url}: {navigation.value.status}"


def question_on_screen(tab):
    """The key of the question shown (the name its answers are sent under)."""
    names = tab.locator("main form input[type='radio'], main form input[type='checkbox']")
    return names.first.get_attribute("name").split(".", 1)[0]


def walk_steps(walk):
    """The carer's answers grouped per screen: the balance check's statements share one."""
    screens = []
    for name, values in walk:
        key = name.split(".", 1)[0]
        if screens and screens[-1][0] == key:
            screens[-1][1].append((name, values))
        else:
            screens.append((key, [(name, values)]))
    return screens


def result_titles(tab):
    """The titles of the offers on the overview, per group heading."""
    return tab.evaluate(
        """() => [...document.querySelectorAll('main .wegwijzer__group')].map(group => [
            group.querySelector('h2').textContent.trim(),
            [...group.querySelectorAll('.card__title')].map(t => t.textContent.trim())])"""
    )


def answers_in(url):
    return sorted(parse_qsl(urlsplit(url).query))


def assert_no_axe_violations(tab, what):
    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on {what} {tab.url}:\n"
        f"{describe_violations(violations)}"
    )


def shoot(tab, name):
    tab.screenshot(path=SHOTS / f"qa_{name}-{tab.viewport_size['width']}.png", full_page=True)


# Data ----------------------------------------------------------------------------------------


@pytest.fixture
def path(site):
    """The factory's wegwijzer next to the demo, at /wegwijzer-test/, with offers in the demo's
    sociale kaart: one named by the heavy band, one per need, and one in another district."""
    from cms.models import Partner, Theme
    from guide.models import SupportOfferIndexPage, SupportOfferPage
    from guide.wegwijzer.state import districts

    themes = {
        slug: Theme.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in [
            ("informatie", "Informatie en advies"),
            ("jong", "Jonge mantelzorgers"),
            ("respijt", "Even rust"),
            ("praten", "Lotgenoten"),
        ]
    }
    kaart = SupportOfferIndexPage.objects.live().filter(locale__language_code="nl").first()
    provider = Partner.objects.create(name="Stichting Testhulp", slug="stichting-testhulp")
    slugs = list(districts())
    home_district, other_district = slugs[0], slugs[1]

    def offer(title, theme_slugs, **fields):
        page = f.add_page(
            kaart, SupportOfferPage, title=title, provider=provider, publish_it=False, **fields
        )
        page.themes.set([themes[slug] for slug in theme_slugs])
        return f.publish(page)

    from cms.models import Wijk

    heavy = offer("Testgesprek met een consulent", ["informatie"], vmca_service=True)
    offer("Testinformatiepunt", ["informatie"], phone="036 000 11 22")
    offer("Testlogeerhuis", ["respijt"])
    offer("Testpraatgroep dichtbij", ["praten"], wijk=Wijk.objects.get(slug=home_district))
    offer("Testpraatgroep ver weg", ["praten"], wijk=Wijk.objects.get(slug=other_district))
    page = w.wegwijzer(
        questions=w.standard_path(heavy_offer=heavy), slug="wegwijzer-test", title="Wegwijzer test"
    )
    walk = [*OLDER_CARER, ("wijk", [home_district])]
    return SimpleNamespace(page=page, url=page.url, walk=walk)


# 1. Keyboard only, on a phone, and mail the overview --------------------------------------------


def test_carer_walks_the_path_by_keyboard_and_mails_her_overview(open_tab, site, path):
    from django.core import mail

    tab = open_tab(viewport=PHONE_390)
    tab.goto(path.url)
    assert_fits(tab, "the first question")
    for key, answers in walk_steps(path.walk):
        assert question_on_screen(tab) == key, f"expected question {key!r} on {tab.url}"
        answer_step_by_keyboard(tab, answers)

    main = tab.locator("main")
    assert main.get_by_role("heading", name="Uw overzicht", exact=True).is_visible()
    assert main.get_by_role("heading", name="Het is zwaar").is_visible()
    groups = dict(result_titles(tab))
    assert groups["Dit raden wij u aan"] == ["Testgesprek met een consulent"]
    assert "Testpraatgroep dichtbij" in groups["Lotgenoten"]
    assert "Testpraatgroep ver weg" not in str(groups)
    assert_fits(tab, "the overview")

    tab_to(tab, main.get_by_role("link", name="Mail mij dit overzicht"))
    assert_focus_visible(tab)
    press_and_wait(tab)
    assert tab.locator("h1").inner_text().strip() == "Mail mij dit overzicht"
    assert_fits(tab, "the mail form")
    email = tab.locator("main input[name='email']")
    tab_to(tab, email)
    assert_focus_visible(tab)
    tab.keyboard.type(CARER)
    # The next stop is the button: the bots' hidden field is not in the Tab order.
    tab.keyboard.press("Tab")
    assert focused_is(tab, main.get_by_role("button", name="Stuur het overzicht")), tab.evaluate(
        "() => document.activeElement.outerHTML"
    )
    assert_focus_visible(tab)
    response = press_and_wait(tab)

    assert response.status == 200
    assert "Verstuurd" in main.inner_text()
    sent = [message for message in mail.outbox if CARER in message.to]
    assert len(sent) == 1, [message.to for message in mail.outbox]
    body = sent[0].body
    for title in ("Testgesprek met een consulent", "Testinformatiepunt", "Testlogeerhuis",
                  "Testpraatgroep dichtbij"):  # fmt: skip
        assert title in body, f"{title!r} is not in the mail:\n{body[:2000]}"
    assert "036 000 11 22" in body
    assert "Testpraatgroep ver weg" not in body
    html = sent[0].alternatives[0][0]
    assert "Testgesprek met een consulent" in html


# 2. Without JavaScript, and the back button -----------------------------------------------------


def test_the_same_walk_without_javascript_and_back_keeps_the_answer(open_tab, site, path):
    keyboard = open_tab(viewport=PHONE_390)
    keyboard.goto(path.url)
    for _key, answers in walk_steps(path.walk):
        answer_step_by_mouse(keyboard, answers)
    expected = result_titles(keyboard)

    tab = open_tab(viewport=PHONE_390, javascript=False)
    tab.goto(path.url)
    screens = walk_steps(path.walk)
    for number, (key, answers) in enumerate(screens):
        assert question_on_screen(tab) == key
        answer_step_by_mouse(tab, answers)
        if number == 1:
            # Back from the third question: the second again, "Nee" still chosen.
            tab.go_back()
            assert question_on_screen(tab) == "jong"
            assert tab.locator("main input[name='jong'][value='nee']").is_checked()
            tab.go_forward()
            assert question_on_screen(tab) == "balans"

    assert tab.locator("main h1").inner_text().strip() == "Uw overzicht"
    assert result_titles(tab) == expected
    assert answers_in(tab.url) == answers_in(keyboard.url)
    # Print needs script: without it the button stays hidden; the PDF link is there.
    assert not tab.get_by_role("button", name="Afdrukken").is_visible()
    assert tab.get_by_role("link", name="Opslaan als PDF").is_visible()

    # Back from the overview: the last question, its answer still chosen.
    tab.go_back()
    assert question_on_screen(tab) == "wijk"
    home_district = path.walk[-1][1][0]
    assert tab.locator(f"main input[name='wijk'][value='{home_district}']").is_checked()

    # The link "Vorige vraag" also works without script, and keeps the answers before.
    with tab.expect_navigation():
        tab.get_by_role("link", name="Vorige vraag").click()
    assert question_on_screen(tab) == "hulp"
    assert "balans.3=nee" in tab.url


# 3. axe on every screen of the demo wegwijzer ---------------------------------------------------


def demo_screens(tab, start_url, choose):
    """Walk the demo wegwijzer with the mouse: `choose` names answers by question key, any
    other question gets its first answer (each balance statement: "ja"). Yields the name
    of each screen as it is on show."""
    tab.goto(start_url)
    for number in range(1, 20):
        form = tab.locator("main form.wegwijzer__step")
        if not form.count():
            yield "result"
            return
        key = question_on_screen(tab)
        yield f"step{number}-{key}"
        for name in dict.fromkeys(
            form.locator("input[type='radio'], input[type='checkbox']").evaluate_all(
                "inputs => inputs.map(input => input.name)"
            )
        ):
            value = choose.get(name)
            selector = (
                f"input[name='{name}'][value='{value}']" if value else f"input[name='{name}']"
            )
            form.locator(selector).first.check()
        with tab.expect_navigation():
            form.get_by_role("button", name="Volgende").click()
    raise AssertionError("the demo wegwijzer did not reach the overview in 19 screens")


@pytest.mark.parametrize("viewport", [PHONE_390, DESKTOP], ids=["390px", "1280px"])
def test_every_wegwijzer_screen_has_no_axe_violations(open_tab, site, viewport):
    from guide.models import WegwijzerPage

    page = WegwijzerPage.objects.live().filter(locale__language_code="nl", slug="wegwijzer").first()
    assert page is not None, "the demo has no wegwijzer at /wegwijzer/"
    tab = open_tab(viewport=viewport)
    width = viewport["width"]
    seen = []
    branches = {
        "werk": {"leeftijd": "nee", "werk": "ja"},
        "jong": {"leeftijd": "ja"},
    }
    for branch, choose in branches.items():
        for screen in demo_screens(tab, page.url, choose):
            seen.append(screen)
            shoot(tab, f"wegwijzer-{branch}-{screen}")
            assert_no_axe_violations(tab, f"the wegwijzer ({branch}) {screen}")
            assert_fits(tab, f"the wegwijzer ({branch}) {screen}", width=width)
    assert len(seen) >= 10, seen
    overview = tab.url

    # A step sent without an answer: a 400 with the error summary.
    response = tab.goto(f"{page.url}?stap=voor-wie")
    assert response.status == 400
    shoot(tab, "wegwijzer-step-error")
    assert_no_axe_violations(tab, "a step with an error")

    # The mail form, empty and with errors, and its thank-you.
    tab.goto(overview)
    with tab.expect_navigation():
        tab.get_by_role("link", name="Mail mij dit overzicht").click()
    shoot(tab, "wegwijzer-mail")
    assert_no_axe_violations(tab, "the mail form")
    assert_fits(tab, "the mail form", width=width)
    tab.locator("main input[name='email']").fill("geen-adres")
    with tab.expect_navigation() as navigation:
        tab.get_by_role("button", name="Stuur het overzicht").click()
    assert navigation.value.status == 400
    assert tab.title().startswith("Fout:"), tab.title()
    shoot(tab, "wegwijzer-mail-errors")
    assert_no_axe_violations(tab, "the mail form with errors")
    tab.locator("main input[name='email']").fill(CARER)
    with tab.expect_navigation():
        tab.get_by_role("button", name="Stuur het overzicht").click()
    shoot(tab, "wegwijzer-mail-sent")
    assert_no_axe_violations(tab, "the mail thank-you")

    # "Bel mij", empty and with errors.
    tab.goto(overview)
    with tab.expect_navigation():
        tab.locator("main").get_by_role("link", name="Bel mij terug").click()
    shoot(tab, "wegwijzer-callback")
    assert_no_axe_violations(tab, "the call-back form")
    assert_fits(tab, "the call-back form", width=width)
    with tab.expect_navigation() as navigation:
        tab.locator("main form").get_by_role("button", name="Bel mij terug").click()
    assert navigation.value.status == 400
    shoot(tab, "wegwijzer-callback-errors")
    assert_no_axe_violations(tab, "the call-back form with errors")
