"""RSS and Atom of the newest live vacancies, and their links on the search page."""

import datetime as dt

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from volunteering.models import OrganisationStatus, VacancyStatus

from . import builders as b

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def vacancies(now):
    b.vacancy_index()
    org = b.organisation("Buurthuis De Schakel", now=now)
    older = b.vacancy(org, now=now, title="Ouder", published_at=now - dt.timedelta(days=5))
    newer = b.vacancy(
        org, now=now, title="Nieuwer", published_at=now - dt.timedelta(days=1), remote=True
    )
    b.vacancy(now=now, title="Concept", live=False)
    b.vacancy(now=now, title="Gesloten", status=VacancyStatus.CLOSED)
    b.vacancy(now=now, title="Verlopen", expires_on=timezone.localdate(now) - dt.timedelta(days=1))
    suspended = b.organisation(status=OrganisationStatus.SUSPENDED, now=now)
    b.vacancy(suspended, now=now, title="Geschorst")
    return newer, older


def test_rss_lists_the_newest_live_vacancies(client, vacancies):
    newer, older = vacancies
    response = client.get("/vacaturebank/rss/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    items = root.findall("./channel/item")
    assert [item.findtext("title") for item in items] == [
        "Nieuwer – Buurthuis De Schakel",
        "Ouder – Buurthuis De Schakel",
    ]
    link = items[0].findtext("link")
    assert link.startswith("http") and link.endswith(f"/vacaturebank/{newer.pk}-{newer.slug}/")
    assert "Online / vanuit huis" in items[0].findtext("description")
    assert items[0].findtext("guid").endswith(f":vacancy-{newer.pk}")


def test_atom_lists_the_same(client, vacancies):
    response = client.get("/vacaturebank/atom/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]
    assert titles == ["Nieuwer – Buurthuis De Schakel", "Ouder – Buurthuis De Schakel"]


def test_the_search_page_links_to_its_feeds(client, vacancies):
    html = client.get("/vacaturebank/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/vacaturebank/rss/"' in html
    assert 'href="/vacaturebank/atom/"' in html
