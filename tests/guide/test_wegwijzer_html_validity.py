"""The wegwijzer's screens are valid HTML (Nu HTML Checker, as in
tests/cms/test_html_validity.py): every step of both branches of the test path, a step
reopened to change its answer, steps with errors (400), the result, the mail form (empty,
with errors, thanked) and "Bel mij" (empty, with errors, thanked).

Run on SQLite and PostgreSQL: the result's queries differ per database, its HTML should not.
"""

from urllib.parse import urlencode

import pytest

from tests import factories as f
from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
from tests.conftest import ARTIFACTS, missing_tool
from tests.guide import wegwijzer_factory as w

pytestmark = pytest.mark.django_db

OLDER = [
    ("voor-wie", "ouder"),
    ("jong", "nee"),
    ("balans.1", "ja"),
    ("balans.2", "beetje"),
    ("balans.3", "nee"),
    ("hulp", "rust"),
    ("hulp", "praten"),
    ("wijk", "haven"),
]
YOUNG = [("voor-wie", "kind"), ("jong", "ja"), ("school", "nee"), ("wijk", "geen")]
# How many answers each screen sends: the balance check sends three, "hulp" two.
OLDER_SCREENS = [1, 1, 3, 2, 1]
YOUNG_SCREENS = [1, 1, 1, 1]


def _path():
    """The factory's wegwijzer with offers in the sociale kaart: a VMCA service the heavy
    band names, more offers on one need than the result shows, one in the walker's wijk."""
    from cms.models import Partner
    from guide.models import SupportOfferIndexPage, SupportOfferPage

    themes = w.themes()
    haven = f.wijk("Almere Haven", slug="haven")
    f.wijk("Almere Buiten", slug="buiten")
    kaart = f.add_page(f.home_page(), SupportOfferIndexPage, title="Sociale kaart", slug="hulp")
    provider = Partner.objects.create(name="Stichting Zorg & Co", slug="zorg-en-co")

    def offer(title, theme, **fields):
        page = f.add_page(
            kaart, SupportOfferPage, title=title, provider=provider, publish_it=False, **fields
        )
        page.themes.set([themes[theme]])
        return f.publish(page)

    heavy = offer(
        "Gesprek met een consulent",
        "informatie",
        vmca_service=True,
        phone="036 123 45 67",
        how_to_get="Bel ons. Wij maken een afspraak.",
    )
    offer("Logeerhuis", "respijt", cost="eigen-bijdrage", wijk=haven)
    for number in range(1, 8):
        offer(f"Praatgroep {number}", "praten", intro="Koffie en een goed gesprek.")
    return w.wegwijzer(questions=w.standard_path(heavy_offer=heavy))


def _walk_urls(url, answers, screens, prefix):
    """{name: url} of each screen of a walk, as the step forms send them (with `stap`)."""
    urls = {f"{prefix} step 1": url}
    sent = 0
    for number, count in enumerate(screens[:-1], start=2):
        sent += count
        key = answers[sent - 1][0].split(".", 1)[0]
        urls[f"{prefix} step {number}"] = f"{url}?{urlencode([*answers[:sent], ('stap', key)])}"
    return urls


def _documents(client):
    page = _path()
    url = page.url
    done = urlencode(OLDER)
    urls = {
        **_walk_urls(url, OLDER, OLDER_SCREENS, "older"),
        **_walk_urls(url, YOUNG, YOUNG_SCREENS, "young"),
        "result": f"{url}?{done}",
        "result young": f"{url}?{urlencode(YOUNG)}",
        "change an answer": f"{url}?{done}&vraag=hulp",
        "error: no answer": f"{url}?stap=voor-wie",
        "error: a statement left open": f"{url}?voor-wie=ouder&jong=nee&balans.1=ja&stap=balans",
        "error: unknown answer": f"{url}?voor-wie=%3Cb%3Eoma%3C%2Fb%3E",
        "mail form": f"{url}mailen/?{done}",
        "mail thanks": f"{url}mailen/?{done}&verstuurd=1",
        "callback form": f"{url}bel-mij/?{done}",
        "callback thanks": f"{url}bel-mij/?{done}&verstuurd=1",
    }
    documents = {}
    for name, address in urls.items():
        response = client.get(address)
        documents[name] = (response.status_code, response.content)
    response = client.post(f"{url}mailen/?{done}", {"email": "geen-adres"})
    documents["mail form with errors"] = (response.status_code, response.content)
    response = client.post(f"{url}bel-mij/", {"answers": done, "phone": "123"})
    documents["callback form with errors"] = (response.status_code, response.content)
    return documents


EXPECTED_STATUS = {
    "error: no answer": 400,
    "error: a statement left open": 400,
    "error: unknown answer": 400,
    "mail form with errors": 400,
    "callback form with errors": 400,
}


def test_wegwijzer_screens_are_valid_html(client):
    documents = _documents(client)
    statuses = {name: status for name, (status, _html) in documents.items()}
    assert statuses == {name: EXPECTED_STATUS.get(name, 200) for name in documents}
    html = {name: content.decode() for name, (_status, content) in documents.items()}
    # The walk really went where the names say (else the checker checks the wrong pages).
    assert "Hoe zwaar is het?" in html["older step 3"]
    assert "Wat helpt u het meest?" in html["older step 4"]
    assert "In welke wijk woont u?" in html["older step 5"]
    assert "Gaat het goed op school?" in html["young step 3"]
    assert "Gesprek met een consulent" in html["result"]
    assert "Bekijk alle 7 vormen van hulp" in html["result"]
    assert "Geef bij deze zin een antwoord." in html["error: a statement left open"]
    assert "Dit e-mailadres klopt niet" in html["mail form with errors"]

    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-wegwijzer")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors in the wegwijzer:\n" + "\n".join(report)
