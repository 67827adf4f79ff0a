"""The header's way in: "Inloggen" (back to this page afterwards) for visitors; "Mijn
academie", the person's name and "Uitloggen" for someone signed in. With the anonymous page
cache on, a signed-in person never gets a cached page and a cached page never holds a name."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from tests import factories as f
from tests.academy.conftest import user_with_participant

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def news():
    index = f.news_index()
    f.site_settings()  # made now, not by the first request (which would empty the cache)
    return f.news_item(index, title="Bericht", slug="bericht", date=dt.date(2026, 5, 1))


@pytest.fixture
def lotte():
    user, person = user_with_participant(email="lotte.jansen@example.nl")
    person.first_name, person.last_name = "Lotte", "Jansen"
    person.save()
    return user


def account_nav(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one("header nav[aria-label='Uw account']")


def test_visitor_gets_a_sign_in_link_back_to_the_page(client, news):
    response = client.get("/nieuws/bericht/?page=1")

    link = account_nav(response).find("a", string="Inloggen")
    address = urlsplit(link["href"])
    assert address.path == reverse("account_login")
    assert parse_qs(address.query) == {"next": ["/nieuws/bericht/?page=1"]}
    assert "Uitloggen" not in account_nav(response).get_text()


def test_sign_in_link_from_the_home_page_and_the_login_page_has_no_way_back(client, news):
    home_link = account_nav(client.get("/")).find("a", string="Inloggen")
    login_link = account_nav(client.get(reverse("account_login"))).find("a", string="Inloggen")

    assert home_link["href"] == reverse("account_login")
    assert login_link["href"] == reverse("account_login")


def test_signing_in_from_the_link_comes_back_to_the_page(client, news, lotte):
    link = account_nav(client.get("/nieuws/bericht/")).find("a", string="Inloggen")

    response = client.post(
        link["href"], {"login": "lotte.jansen@example.nl", "password": "geheim-123"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/nieuws/bericht/"


def test_signed_in_person_sees_mijn_academie_their_name_and_a_logout_button(client, news, lotte):
    client.force_login(lotte)

    nav = account_nav(client.get("/nieuws/bericht/"))

    assert nav.find("a", string="Mijn academie")["href"] == reverse("academy:mine")
    assert "Ingelogd als Lotte" in " ".join(nav.get_text().split())
    logout = nav.find("form")
    assert logout["method"] == "post" and logout["action"] == reverse("account_logout")
    assert logout.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert logout.find("button").get_text(strip=True) == "Uitloggen"
    assert nav.find("a", string="Inloggen") is None


def test_name_falls_back_to_the_e_mail_address(client, news):
    user, person = user_with_participant(email="zonder.naam@example.nl")
    person.first_name = ""
    person.save()
    client.force_login(user)

    nav = account_nav(client.get("/nieuws/bericht/"))

    assert "Ingelogd als zonder.naam@example.nl" in " ".join(nav.get_text().split())


def test_logout_button_signs_out(client, news, lotte):
    client.force_login(lotte)
    nav = account_nav(client.get("/nieuws/bericht/"))

    response = client.post(nav.find("form")["action"])

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_signed_in_person_is_never_served_the_cached_sign_in_header(client, news, lotte):
    anonymous = Client()
    first = anonymous.get("/nieuws/bericht/")
    assert first[CACHE_HEADER] == "miss"
    assert anonymous.get("/nieuws/bericht/")[CACHE_HEADER] == "hit"

    client.force_login(lotte)
    response = client.get("/nieuws/bericht/")

    assert CACHE_HEADER not in response
    nav = account_nav(response)
    assert nav.find("a", string="Inloggen") is None
    assert nav.find("a", string="Mijn academie") is not None


def test_a_page_seen_signed_in_is_never_cached_for_others(client, news, lotte):
    client.force_login(lotte)
    assert "Lotte" in client.get("/nieuws/bericht/").content.decode()

    first = Client().get("/nieuws/bericht/")
    second = Client().get("/nieuws/bericht/")

    assert first[CACHE_HEADER] == "miss" and second[CACHE_HEADER] == "hit"
    for response in (first, second):
        html = response.content.decode()
        assert "Lotte" not in html and "lotte.jansen" not in html
        assert "Uitloggen" not in html
        assert account_nav(response).find("a", string="Inloggen") is not None


def test_signing_out_shows_the_sign_in_link_again(client, news, lotte):
    client.force_login(lotte)
    client.get("/nieuws/bericht/")
    client.post(reverse("account_logout"))

    response = client.get("/nieuws/bericht/")

    assert account_nav(response).find("a", string="Inloggen") is not None
    assert "Lotte" not in response.content.decode()
