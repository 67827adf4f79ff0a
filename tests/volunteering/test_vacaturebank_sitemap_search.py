"""Live vacancies (and organisations with live vacancies) in the sitemap and the site
search; nothing else of the vacaturebank."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.volunteering import builders as b
from volunteering.models import VacancyStatus

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def vacancies(now):
    b.vacancy_index()
    live_org = b.organisation("Stichting Zonnebloem Test", now=now)
    suspended = b.organisation("Club Geschorst", status="geschorst", now=now)
    yesterday = timezone.localdate(now) - dt.timedelta(days=1)
    return {
        "live": b.vacancy(live_org, now=now, title="Voorlezer Kiwibes"),
        "expired": b.vacancy(live_org, now=now, title="Tuinman Kiwibes", expires_on=yesterday),
        "draft": b.vacancy(
            live_org, now=now, live=False, title="Kok Kiwibes", status=VacancyStatus.DRAFT
        ),
        "closed": b.vacancy(live_org, now=now, title="Chauffeur Kiwibes", status="gesloten"),
        "on_hold": b.vacancy(suspended, now=now, title="Trainer Kiwibes"),
        "live_org": live_org,
        "suspended": suspended,
    }


def test_the_sitemap_lists_live_vacancies_and_their_organisations_only(client, vacancies):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = {
        url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod")
        for url in ElementTree.fromstring(response.content).iter(f"{NS}url")
    }
    live = vacancies["live"]
    live_url = f"http://testserver/vacaturebank/{live.pk}-{live.slug}/"
    assert live_url in urls
    assert urls[live_url], "with lastmod"
    for name in ("expired", "draft", "closed", "on_hold"):
        assert not any(f"/{vacancies[name].pk}-" in url for url in urls), name
    organisations = [url for url in urls if "/vacaturebank/organisaties/" in url]
    assert organisations == [
        f"http://testserver/vacaturebank/organisaties/{vacancies['live_org'].slug}/"
    ]


def search(client, q):
    response = client.get("/zoeken/", {"q": q})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def vacancy_section(soup):
    heading = soup.find("h2", string="Vacatures")
    return heading.find_parent("section") if heading else None


def test_the_site_search_shows_live_vacancies_only(client, vacancies):
    soup = search(client, "kiwibes")

    section = vacancy_section(soup)
    assert section is not None
    titles = [a.get_text() for a in section.select(".search-result__title a")]
    assert titles == ["Voorlezer Kiwibes"]
    more = section.find("a", string=lambda s: s and s.startswith("Alle vacatures met"))
    assert more["href"] == "/vacaturebank/?q=kiwibes"


def test_every_word_must_match_and_no_match_shows_no_section(client, vacancies):
    assert vacancy_section(search(client, "voorlezer zonnebloem")) is not None
    assert vacancy_section(search(client, "voorlezer tuinman")) is None
    assert vacancy_section(search(client, "onbekendwoord")) is None


def test_the_search_shows_five_vacancies_with_a_fixed_number_of_queries(client, now):
    b.vacancy_index()
    organisation = b.organisation(now=now)
    b.vacancy(organisation, now=now, title="Maatje Papaja")

    def measure():
        with CaptureQueriesContext(connection) as queries:
            soup = search(client, "papaja")
        return len(queries), soup

    search(client, "papaja")  # warm the caches every request has warm (site, menus)
    one, _soup = measure()
    for number in range(8):
        b.vacancy(b.organisation(now=now), now=now, title=f"Helper Papaja {number}")
    many, soup = measure()

    assert many == one
    assert len(vacancy_section(soup).select(".search-result")) == 5
