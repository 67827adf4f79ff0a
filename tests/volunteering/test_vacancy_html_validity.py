"""Every page type of the vacaturebank is valid HTML (Nu HTML Checker, as for every page
type in tests/cms/test_html_validity.py): the search page with results and with a bad
filter, a vacancy page, an organisation page, the reaction, help and alert forms (empty,
with errors and their thank-you states), and the pages of Mijn organisation."""

import pytest

from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
from tests.conftest import ARTIFACTS, missing_tool

from . import builders as b

pytestmark = [pytest.mark.sqlite_only, pytest.mark.django_db]  # the HTML is the same on both

EXPECTED_STATUS = {
    "search_bad_filter": 400,
    "react_errors": 400,
    "help_errors": 400,
    "alert_errors": 400,
    "mine_vacancy_errors": 400,
}


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
    documents.update(_form_documents(client, now, vacancy))
    documents.update(_mine_documents(client, now, org, vacancy))
    return documents


def _form_documents(client, now, vacancy):
    from volunteering.services import alerts

    react = f"/vacaturebank/{vacancy.pk}/reageren/"
    alert, _state = alerts.subscribe("ans@example.org", "tijd=vast", now=now, language="nl")
    requests = {
        "react": ("get", react, None),
        "react_errors": ("post", react, {"name": "", "message": "Kijk op www.example.org"}),
        "react_thanks": ("get", react + "?verstuurd=1", None),
        "help": ("get", "/vacaturebank/hulp-bij-zoeken/", None),
        "help_errors": ("post", "/vacaturebank/hulp-bij-zoeken/", {"name": ""}),
        "alert": ("get", "/vacaturebank/attendering/?zoek=tijd%3Dvast", None),
        "alert_errors": ("post", "/vacaturebank/attendering/", {"email": "geen-adres"}),
        "alert_confirm": ("get", f"/vacaturebank/attendering/bevestigen/{alert.token}/", None),
        "alert_stop": ("get", f"/vacaturebank/attendering/stoppen/{alert.token}/", None),
    }
    documents = {}
    for name, (method, path, data) in requests.items():
        response = getattr(client, method)(path, data) if data else client.get(path)
        documents[name] = (response.status_code, response.content)
    return documents


def _mine_documents(client, now, org, vacancy):
    from django.urls import reverse

    member = b.user()
    b.organisation("Tweede Organisatie", now=now, members=[member])
    org.memberships.create(user=member)
    b.reaction(vacancy, now=now, name="Ans de Boer", phone="06 12345678")
    client.force_login(member)
    urls = {
        "mine": reverse("volunteering:mine"),
        "mine_sign_up": reverse("volunteering:sign_up"),
        "mine_dashboard": reverse("volunteering:dashboard", args=[org.pk]),
        "mine_profile": reverse("volunteering:profile", args=[org.pk]),
        "mine_members": reverse("volunteering:members", args=[org.pk]),
        "mine_vacancies": reverse("volunteering:vacancies", args=[org.pk]),
        "mine_vacancy_new": reverse("volunteering:vacancy_new", args=[org.pk]),
        "mine_vacancy_edit": reverse("volunteering:vacancy_edit", args=[vacancy.pk]),
        "mine_reactions": reverse("volunteering:reactions", args=[vacancy.pk]),
    }
    documents = {}
    for name, url in urls.items():
        response = client.get(url)
        documents[name] = (response.status_code, response.content)
    response = client.post(urls["mine_vacancy_new"], {"title": ""})
    documents["mine_vacancy_errors"] = (response.status_code, response.content)
    client.logout()
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
