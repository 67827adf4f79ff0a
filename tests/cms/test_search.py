"""Site search: finds published pages in the current language, refuses overlong queries."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests import factories as f

pytestmark = pytest.mark.django_db


def body_with(text):
    return f.stream(("paragraph", f"<p>{text}</p>"))


def result_titles(response):
    results = response.context["results"]
    return [page.title for page in results.object_list] if results is not None else None


def english_search_url():
    with translation.override("en"):
        return reverse("search")


def test_search_finds_a_published_page_by_a_word_in_its_body(client):
    f.standard_page(
        title="Burennetwerk", body=body_with("Samen boodschappen doen met een buurtgenoot.")
    )
    f.standard_page(title="Iets anders", body=body_with("Hier staat niets over eten."))

    response = client.get("/zoeken/", {"q": "boodschappen"})

    assert response.status_code == 200
    assert result_titles(response) == ["Burennetwerk"]
    html = response.content.decode()
    assert "1 resultaat" in html
    assert 'href="/burennetwerk' in html or "Burennetwerk</a>" in html


def test_search_finds_pages_by_title_and_intro(client):
    f.news_item(title="Mantelzorgcompliment aanvragen", intro="Vraag het compliment op tijd aan.")

    assert result_titles(client.get("/zoeken/", {"q": "mantelzorgcompliment"})) == [
        "Mantelzorgcompliment aanvragen"
    ]


def test_search_does_not_find_drafts(client):
    f.standard_page(
        title="Geheim concept", body=body_with("Het woord zeppelinvaart."), publish_it=False
    )
    live = f.standard_page(title="Openbaar", body=body_with("Niets bijzonders."))
    # A draft change of a live page is not searchable either, until it is published.
    live.body = body_with("Ook hier zeppelinvaart.")
    live.save_revision()

    response = client.get("/zoeken/", {"q": "zeppelinvaart"})

    assert response.status_code == 200
    assert result_titles(response) == []
    assert "We hebben niets gevonden" in response.content.decode()


def test_search_only_finds_pages_in_the_current_language(client):
    dutch = f.standard_page(
        title="Vrijwilligerswerk",
        slug="vrijwilligerswerk",
        body=body_with("Kom helpen bij de tuinclub."),
    )
    f.translate(
        dutch,
        "en",
        title="Volunteering",
        slug="volunteering",
        body=body_with("Come and help at the tuinclub."),
    )

    dutch_results = result_titles(client.get("/zoeken/", {"q": "tuinclub"}))
    english_results = result_titles(client.get(english_search_url(), {"q": "tuinclub"}))

    assert dutch_results == ["Vrijwilligerswerk"]
    assert english_results == ["Volunteering"]


def test_search_does_not_find_private_pages(client):
    from wagtail.models import PageViewRestriction

    page = f.standard_page(title="Intern", body=body_with("Het personeelsuitje gaat naar Urk."))
    PageViewRestriction.objects.create(page=page, restriction_type="login")

    assert result_titles(client.get("/zoeken/", {"q": "personeelsuitje"})) == []


def test_overlong_query_is_refused_with_a_dutch_message(client):
    response = client.get("/zoeken/", {"q": "a" * (settings.SEARCH_QUERY_MAX_LENGTH + 1)})

    assert response.status_code == 400
    html = response.content.decode()
    assert (
        f"Uw zoekvraag is te lang. Gebruik maximaal {settings.SEARCH_QUERY_MAX_LENGTH} tekens."
        in html
    )
    assert "<title>Fout:" in html


def test_query_of_exactly_the_maximum_length_is_accepted(client):
    response = client.get("/zoeken/", {"q": "a" * settings.SEARCH_QUERY_MAX_LENGTH})

    assert response.status_code == 200


def test_empty_search_shows_the_form_without_results(client):
    for query in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/zoeken/", query)

        assert response.status_code == 200
        assert response.context["results"] is None
        html = response.content.decode()
        assert 'name="q"' in html
        assert "resultaten voor" not in html


def test_search_results_are_paginated(client):
    for n in range(settings.SEARCH_PAGE_SIZE + 2):
        f.standard_page(
            title=f"Spreekuur {n}", body=body_with("Administratief spreekuur in de bibliotheek.")
        )

    first = client.get("/zoeken/", {"q": "spreekuur"})
    second = client.get("/zoeken/", {"q": "spreekuur", "page": 2})
    not_a_number = client.get("/zoeken/", {"q": "spreekuur", "page": "abc"})
    too_far = client.get("/zoeken/", {"q": "spreekuur", "page": 99})

    assert len(result_titles(first)) == settings.SEARCH_PAGE_SIZE
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert "page=2" in first.content.decode()
    assert result_titles(not_a_number) == result_titles(first)
    assert too_far.status_code == 404


def test_search_page_is_not_indexed_by_search_engines(client):
    html = client.get("/zoeken/", {"q": "iets"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_search_query_is_shown_escaped(client):
    response = client.get("/zoeken/", {"q": '<img src=x onerror="alert(1)">'})

    assert response.status_code == 200
    html = response.content.decode()
    assert '<img src=x onerror="alert(1)">' not in html
    assert "&lt;img src=x" in html


def test_search_syntax_characters_never_cause_a_server_error(client):
    # SQLite's FTS5 reads quotes, brackets and * as query syntax; a stray one used to be a 500.
    f.standard_page(title="Zorg", body=body_with("Zorg voor elkaar, open en eerlijk."))
    queries = [
        '"',
        '"open',
        "&&",
        "(((",
        "*",
        "-",
        "NOT",
        "OR",
        "NEAR",
        "AND zorg",
        "^x",
        "a:b",
        "'; DROP TABLE wagtailcore_page; --",
        "ü ß 漢字 🙂",
        "zorg*",
        'onerror="x"',
    ]
    for query in queries:
        response = client.get("/zoeken/", {"q": query})
        assert response.status_code == 200, query
    # The words around the stray characters are still searched for.
    assert result_titles(client.get("/zoeken/", {"q": '"open'})) == ["Zorg"]
    assert result_titles(client.get("/zoeken/", {"q": "(eerlijk"})) == ["Zorg"]
