"""The sociale kaart's pages are valid HTML (Nu HTML Checker, as for every page type in
tests/cms/test_html_validity.py): the overview, filtered and with a bad filter, an offer
page with every fact filled in, and a page with the offers block."""

import pytest

from tests import factories as f
from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
from tests.conftest import ARTIFACTS, missing_tool

from .test_sociale_kaart import offer, provider, sociale_kaart

pytestmark = [pytest.mark.sqlite_only, pytest.mark.django_db]  # the HTML is the same on both


def _documents(client):
    from cms.models import Theme, Wijk

    index = sociale_kaart()
    district = Wijk.objects.create(name="Almere Haven", slug="almere-haven")
    theme = Theme.objects.create(name="Respijtzorg", slug="respijtzorg")
    full = offer(
        index,
        title="Logeerhuis voor een weekend",
        themes=[theme],
        provider=provider("Stichting Logeerhuis & Co"),
        vmca_service=True,
        situation="Voor wie zorgt voor iemand met dementie.",
        min_age=18,
        cost="eigen-bijdrage",
        cost_note="€ 10 per nacht",
        online=True,
        phone="036 123 45 67",
        email="logeer@example.org",
        website="https://logeer.example",
        walk_in_hours="Dinsdag 10.00 tot 12.00 uur",
        address="Havenhoofd 1, Almere Haven",
        referral_needed=True,
        how_to_get="Bel ons. Wij maken samen een plan.",
        wijk=district,
    )
    offer(index, title="Lotgenotengroep")
    page = f.standard_page()
    page.body = f.stream(
        ("support_offers", {"heading": "Hier kunt u terecht", "offers": [full.pk]})
    )
    f.publish(page)
    pages = {
        "overview": index.url,
        "overview_filtered": f"{index.url}?thema=respijtzorg&wijk=almere-haven",
        "overview_bad_filter": f"{index.url}?thema=bestaat-niet&wijk=bestaat-niet",
        "offer": full.url,
        "page_with_block": page.url,
    }
    return {
        name: (client.get(url).status_code, client.get(url).content) for name, url in pages.items()
    }


def test_sociale_kaart_pages_are_valid_html(client):
    documents = _documents(client)
    assert {name: status for name, (status, _html) in documents.items()} == {
        name: 200 for name in documents
    }
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-sociale-kaart")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors in the sociale kaart:\n" + "\n".join(report)
