"""The vacaturebank's public pages are valid HTML (Nu HTML Checker, as for every page type
in tests/cms/test_html_validity.py): the search page with results and with a bad filter,
a vacancy page and an organisation page."""

import pytest

from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
from tests.conftest import ARTIFACTS, missing_tool

from . import builders as b

pytestmark = [pytest.mark.sqlite_only, pytest.mark.django_db]  # the HTML is the same on both

EXPECTED_STATUS = {"search_bad_filter": 400}


def _documents(client, now):
    b.vacancy_index()
    district = b.wijk("Almere Buiten")
    neighbourhood = b.wijk("Regenboogbuurt", district=district)
    zorg, sport = b.theme("Zorg"), b.theme("Sport")
    org = b.organisation(
        "Buurthuis De Schakel",
        now=now,
        slug="buurthuis-de-schakel",
        description="Een huis voor de buurt.",
        street_address="Kerkgracht 10",
        postcode="1354 AA",
        wijk=district,
        website="https://schakel.example",
        phone="036 123 45 67",
    )
    vacancy = b.vacancy(
        org,
        now=now,
        title="Gastvrouw & gastheer",
        offer="Een gezellig team.",
        training=True,
        vog="gratis",
        days=1 | 2,
        day_parts=4,
        street_address="Kerkgracht 10",
        postcode="1354 AA",
        wijk=neighbourhood,
        for_young_people=True,
        guidance=True,
        themes=[zorg],
    )
    b.vacancy(org, now=now, remote=True, themes=[sport], little_dutch=True)
    pages = {
        "search": "/vacaturebank/",
        "search_filtered": "/vacaturebank/?wijk=almere-buiten&thema=zorg&online=1",
        "search_nothing_found": "/vacaturebank/?q=qwertyuiop",
        "search_bad_filter": (
            "/vacaturebank/?wijk=bestaat-niet&thema=bestaat-niet&tijd=altijd&uren=veel"
            "&sorteer=prijs&pagina=twee&q=" + "x" * 101
        ),
        "vacancy": f"/vacaturebank/{vacancy.pk}-{vacancy.slug}/",
        "organisation": "/vacaturebank/organisaties/buurthuis-de-schakel/",
    }
    documents = {}
    for name, path in pages.items():
        response = client.get(path)
        documents[name] = (response.status_code, response.content)
    return documents


def test_vacaturebank_pages_are_valid_html(client, now):
    documents = _documents(client, now)
    statuses = {name: status for name, (status, _content) in documents.items()}
    assert statuses == {name: EXPECTED_STATUS.get(name, 200) for name in documents}
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-vacaturebank")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors in the vacaturebank:\n" + "\n".join(report)
