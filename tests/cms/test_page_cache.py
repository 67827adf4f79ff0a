"""The anonymous full-page cache: hits cost no queries, personal pages are never cached,
and every public change is visible at once."""

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def news():
    index = f.news_index()
    item = f.news_item(index, title="Eerste versie", slug="bericht", date=dt.date(2026, 5, 1))
    f.site_settings(phone="036 111 11 11")
    return item


def test_second_anonymous_request_is_served_from_cache_without_queries(
    client, news, django_assert_num_queries
):
    first = client.get("/nieuws/bericht/")
    assert first.status_code == 200
    assert first[CACHE_HEADER] == "miss"

    with django_assert_num_queries(0):
        second = client.get("/nieuws/bericht/")

    assert second.status_code == 200
    assert second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_listing_pages_and_their_query_strings_are_cached_separately(client, news):
    client.get("/nieuws/")
    client.get("/nieuws/?thema=onbekend")

    assert client.get("/nieuws/")[CACHE_HEADER] == "hit"
    filtered = client.get("/nieuws/?thema=onbekend")
    assert filtered[CACHE_HEADER] == "hit"
    assert "Een filter klopt niet" in filtered.content.decode()
    assert "Een filter klopt niet" not in client.get("/nieuws/").content.decode()


def test_signed_in_editor_is_never_served_from_cache_and_sees_the_userbar(client, news):
    client.get("/nieuws/bericht/")  # cached for anonymous visitors
    client.force_login(f.hoofdredacteur())

    response = client.get("/nieuws/bericht/")

    assert response.status_code == 200
    assert CACHE_HEADER not in response
    assert "wagtail-userbar" in response.content.decode()
    # ...and what the editor saw is not served to the next anonymous visitor.
    client.logout()
    anonymous = Client().get("/nieuws/bericht/")
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_publishing_a_page_shows_the_new_version_at_once(client, news):
    client.get("/nieuws/bericht/")
    client.get("/nieuws/")
    assert client.get("/nieuws/bericht/")[CACHE_HEADER] == "hit"

    news.title = "Tweede versie"
    f.publish(news)

    page = client.get("/nieuws/bericht/")
    listing = client.get("/nieuws/")
    assert page[CACHE_HEADER] == "miss"
    assert "Tweede versie" in page.content.decode()
    assert "Tweede versie" in listing.content.decode()


def test_saving_a_draft_keeps_serving_the_published_version(client, news):
    client.get("/nieuws/bericht/")

    news.title = "Concepttitel"
    news.save_revision()

    response = client.get("/nieuws/bericht/")
    assert "Eerste versie" in response.content.decode()
    assert "Concepttitel" not in response.content.decode()


def test_unpublishing_a_page_removes_it_at_once(client, news):
    client.get("/nieuws/bericht/")

    news.unpublish()

    assert client.get("/nieuws/bericht/").status_code == 404


def test_editing_site_settings_shows_at_once(client, news):
    assert "036 111 11 11" in client.get("/nieuws/bericht/").content.decode()

    f.site_settings(phone="036 999 99 99")

    html = client.get("/nieuws/bericht/").content.decode()
    assert "036 999 99 99" in html
    assert "036 111 11 11" not in html


def test_editing_a_snippet_shows_at_once(client, news):
    wijk = f.wijk("Almere Haven", slug="almere-haven")
    news.wijk = wijk
    f.publish(news)
    assert "Almere Haven" in client.get("/nieuws/bericht/").content.decode()

    wijk.name = "Haven-Centrum"
    wijk.save()

    assert "Haven-Centrum" in client.get("/nieuws/bericht/").content.decode()


def test_page_that_sets_a_cookie_is_not_cached(client):
    f.contact_page(slug="contact")

    first = client.get("/contact/")
    second = Client().get("/contact/")

    assert "csrftoken" in first.cookies
    assert CACHE_HEADER not in first and CACHE_HEADER not in second
    # Each visitor gets their own CSRF token, never someone else's.
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_errors_and_posts_are_not_cached(client, news):
    assert client.get("/bestaat-niet/").status_code == 404
    assert CACHE_HEADER not in client.get("/bestaat-niet/")
    client.post("/nieuws/bericht/")
    assert client.get("/nieuws/bericht/")[CACHE_HEADER] == "miss"


def test_visitor_with_a_session_or_messages_cookie_is_not_served_from_cache(client, news):
    client.get("/nieuws/bericht/")

    with_session = Client()
    with_session.cookies["sessionid"] = "iets"
    with_messages = Client()
    with_messages.cookies["messages"] = "iets"

    assert CACHE_HEADER not in with_session.get("/nieuws/bericht/")
    assert CACHE_HEADER not in with_messages.get("/nieuws/bericht/")


def test_cache_is_off_when_page_cache_seconds_is_zero(client, news, settings):
    settings.PAGE_CACHE_SECONDS = 0

    client.get("/nieuws/bericht/")

    assert CACHE_HEADER not in client.get("/nieuws/bericht/")


def test_admin_is_never_cached(client, news):
    client.get("/admin/login/")
    assert CACHE_HEADER not in client.get("/admin/login/")


def test_clear_page_cache_command_drops_pages_of_content_changed_behind_its_back(client, news):
    """After a restore (or a change made in the database by hand) no signal tells the cache;
    the command then makes every cached page stale."""
    import io

    from django.core.management import call_command
    from wagtail.models import Page

    client.get("/nieuws/bericht/")
    Page.objects.filter(pk=news.pk).update(title="Teruggezet uit de back-up")
    assert "Eerste versie" in client.get("/nieuws/bericht/").content.decode()

    out = io.StringIO()
    call_command("clear_page_cache", stdout=out)

    page = client.get("/nieuws/bericht/")
    assert page[CACHE_HEADER] == "miss"
    assert "Teruggezet uit de back-up" in page.content.decode()
    assert "Page cache emptied" in out.getvalue()
