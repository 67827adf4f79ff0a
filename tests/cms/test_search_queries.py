"""Site search: a fixed number of queries whatever the number of hits, and the same hits in
the same order as Wagtail's own search (on SQLite and on PostgreSQL)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.site_search import search_results
from tests import factories as f

pytestmark = pytest.mark.django_db

WORD = "buurtmoestuin"


def body_with(text):
    return f.stream(("paragraph", f"<p>{text}</p>"))


def make_hits(count):
    """`count` pages of five page types, each with WORD in its title, intro or body."""
    makers = [
        lambda n: f.standard_page(title=f"Tuin {n}", body=body_with(f"De {WORD} zoekt handen.")),
        lambda n: f.news_item(title=f"Nieuws over de {WORD} {n}"),
        lambda n: f.blog_item(title=f"Blog {n}", intro=f"Een dag in de {WORD}."),
        lambda n: f.section_page(title=f"Onze {WORD} {n}"),
        lambda n: f.standard_page(
            title=f"Oogst {n}", listing_title=f"Oogstfeest {n}", intro=f"{WORD} en oogst"
        ),
    ]
    for n in range(count):
        makers[n % len(makers)](n)


def search_queries(client, params):
    """The queries of one search request, after warm-up requests of the same search.

    The second request still fills caches (site, settings, locales), so two warm up.
    """
    for _ in range(2):
        assert client.get("/zoeken/", params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries], response


def shown_titles(response):
    return [hit.title for hit in response.context["results"].object_list]


def reference_titles(terms, start=0):
    """Listing titles of Wagtail's own search, one page of results from `start`."""
    locale = Locale.objects.get(language_code="nl")
    pages = search_results(terms, locale)[start : start + settings.SEARCH_PAGE_SIZE]
    return [page.specific.get_listing_title() for page in pages]


def test_queries_do_not_grow_with_the_hits_or_their_page_types(client):
    make_hits(5)
    few, response = search_queries(client, {"q": WORD})
    assert response.context["results"].paginator.count == 5

    make_hits(15)
    many, response = search_queries(client, {"q": WORD})
    assert response.context["results"].paginator.count == 20
    assert len(shown_titles(response)) == settings.SEARCH_PAGE_SIZE

    assert len(few) == len(many), "\n\n".join(["5 hits:", *few, "20 hits:", *many])
    # Locale and view restrictions come from the cache; the hits (count and order in
    # one query), their pages and their listing texts cost three queries.
    assert len(many) <= 8, "\n\n".join(many)


def test_page_two_costs_no_more_than_page_one(client):
    make_hits(20)
    first, _ = search_queries(client, {"q": WORD})
    second, response = search_queries(client, {"q": WORD, "page": 2})

    assert len(shown_titles(response)) == 10
    assert len(second) <= len(first)


def test_hits_and_their_order_are_wagtails(client):
    # Different weights: the word in the title, once or twice in the body, in the intro.
    f.standard_page(title="Repaircafé", body=body_with("Het repaircafé repareert."))
    f.standard_page(title="Over ons", body=body_with("Elke maand een repaircafé."))
    f.standard_page(
        title="Repaircafé Haven", body=body_with("Repaircafé, repaircafé en nog eens repaircafé.")
    )
    f.news_item(title="Nieuws", intro="Het repaircafé zoekt vrijwilligers.")
    f.blog_item(title="Blog", intro="Mijn eerste repaircafé.")
    for n in range(12):
        f.news_item(title=f"Bericht {n}", intro="Vrijwilligers van het repaircafé vertellen.")

    first = client.get("/zoeken/", {"q": "repaircafé"})
    second = client.get("/zoeken/", {"q": "repaircafé", "page": 2})

    assert first.context["results"].paginator.count == 17
    assert shown_titles(first) == reference_titles("repaircafé")
    assert shown_titles(second) == reference_titles("repaircafé", start=10)


def test_all_words_must_match_even_split_over_title_and_body(client):
    f.standard_page(title="Taalmaatje", body=body_with("Samen oefenen in de bibliotheek."))
    f.standard_page(title="Taalmaatje gezocht", body=body_with("Bel ons."))
    f.standard_page(title="Bibliotheek", body=body_with("Open op zaterdag."))

    response = client.get("/zoeken/", {"q": "taalmaatje bibliotheek"})

    assert shown_titles(response) == ["Taalmaatje"]
    assert shown_titles(response) == reference_titles("taalmaatje bibliotheek")


def test_a_stop_word_in_the_query_does_not_hide_the_hits(client):
    f.standard_page(title="Tuinclub", body=body_with("De tuinclub zoekt helpers."))

    response = client.get("/zoeken/", {"q": "de tuinclub"})

    assert shown_titles(response) == ["Tuinclub"]
    assert shown_titles(response) == reference_titles("de tuinclub")


def test_a_hit_shows_its_listing_title_and_summary(client):
    f.news_item(
        title="Lange titel over het maatjesproject",
        listing_title="Maatjesproject",
        listing_summary="Word maatje van een buurtgenoot.",
        intro="Een inleiding die niet in de lijst staat.",
    )
    f.standard_page(title="Klussendienst", intro="Hulp bij kleine klussen, ook voor maatjes.")

    html = client.get("/zoeken/", {"q": "maatjesproject"}).content.decode()
    assert ">Maatjesproject</a>" in html
    assert "Word maatje van een buurtgenoot." in html
    assert "niet in de lijst" not in html

    html = client.get("/zoeken/", {"q": "klussendienst"}).content.decode()
    assert ">Klussendienst</a>" in html
    assert "Hulp bij kleine klussen, ook voor maatjes." in html
