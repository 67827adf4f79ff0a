"""News, blog and section listings: pagination, filters and a fixed number of queries."""

import datetime as dt
import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.models import BlogPage, NewsPage, StandardPage
from tests import factories as f

pytestmark = pytest.mark.django_db

PAGE_SIZE = settings.LISTING_PAGE_SIZE
MAX_LISTING_QUERIES = 12


@pytest.fixture
def haven():
    """A district (stadsdeel) with two of its neighbourhoods."""
    district = f.wijk("Almere Haven", slug="almere-haven")
    return {
        "district": district,
        "wierden": f.wijk("De Wierden", slug="de-wierden", district=district),
        "marken": f.wijk("De Marken", slug="de-marken", district=district),
    }


@pytest.fixture
def buiten():
    return f.wijk("Almere Buiten", slug="almere-buiten")


@pytest.fixture
def eenzaamheid():
    return f.theme("Eenzaamheid", slug="eenzaamheid", name_en="Loneliness")


@pytest.fixture
def mantelzorg():
    return f.theme("Mantelzorg", slug="mantelzorg", name_en="Informal care")


def titles(response):
    return [item.title for item in response.context["listing"].object_list]


# Pagination -------------------------------------------------------------------------


@pytest.fixture
def thirteen_news_items():
    index = f.news_index()
    return [
        f.quick_listing_page(index, NewsPage, title=f"Bericht {n:02d}", date=dt.date(2026, 1, n))
        for n in range(1, 14)
    ]


def test_news_index_shows_the_newest_items_first_one_page_at_a_time(client, thirteen_news_items):
    response = client.get("/nieuws/")

    assert response.status_code == 200
    assert titles(response) == [f"Bericht {n:02d}" for n in range(13, 1, -1)]
    assert len(titles(response)) == PAGE_SIZE
    assert 'rel="next"' in response.content.decode()


def test_second_page_of_the_news_index_shows_the_rest(client, thirteen_news_items):
    response = client.get("/nieuws/", {"page": "2"})

    assert response.status_code == 200
    assert titles(response) == ["Bericht 01"]
    assert response.context["listing"].number == 2
    assert 'rel="prev"' in response.content.decode()


@pytest.mark.parametrize("number", ["abc", "", "1.5", "%00"])
def test_page_number_that_is_not_a_number_shows_the_first_page(client, thirteen_news_items, number):
    response = client.get("/nieuws/", {"page": number})

    assert response.status_code == 200
    assert response.context["listing"].number == 1
    assert titles(response)[0] == "Bericht 13"


@pytest.mark.parametrize("number", ["99999", "3", "0", "-1"])
def test_page_number_past_the_end_is_a_friendly_404(client, thirteen_news_items, number):
    response = client.get("/nieuws/", {"page": number})

    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert 'action="/zoeken/"' in html


def test_pagination_links_keep_the_active_filters(client, eenzaamheid):
    index = f.news_index()
    for n in range(PAGE_SIZE + 1):
        day = dt.date(2026, 2, 1) + dt.timedelta(days=n)
        f.quick_listing_page(index, NewsPage, date=day, themes=[eenzaamheid])

    response = client.get("/nieuws/", {"thema": "eenzaamheid"})

    assert "?thema=eenzaamheid&amp;page=2" in response.content.decode()


def test_blog_and_section_listings_are_paginated_too(client):
    blog_index = f.blog_index()
    section = f.section_page(title="Vrijwillige inzet", slug="vrijwillige-inzet")
    for n in range(PAGE_SIZE + 1):
        day = dt.date(2026, 3, 1) + dt.timedelta(days=n)
        f.quick_listing_page(blog_index, BlogPage, title=f"Blog {n}", date=day)
        f.quick_listing_page(section, StandardPage, title=f"Project {n:02d}")

    for url in ("/blog/", "/vrijwillige-inzet/"):
        first = client.get(url)
        second = client.get(url, {"page": 2})
        assert len(titles(first)) == PAGE_SIZE, url
        assert len(titles(second)) == 1, url
        assert client.get(url, {"page": 3}).status_code == 404, url


def test_listings_only_show_published_children(client):
    index = f.news_index()
    f.news_item(index, title="Gepubliceerd")
    f.news_item(index, title="Nog een concept", publish_it=False)
    section = f.section_page(slug="sectie")
    f.standard_page(section, title="Zichtbaar")
    f.standard_page(section, title="Verborgen concept", publish_it=False)

    assert titles(client.get("/nieuws/")) == ["Gepubliceerd"]
    assert titles(client.get("/sectie/")) == ["Zichtbaar"]


def test_listings_leave_out_private_pages(client):
    index = f.news_index()
    f.news_item(index, title="Openbaar bericht")
    private_news = f.news_item(index, title="Alleen voor medewerkers")
    section = f.section_page(slug="sectie")
    f.standard_page(section, title="Openbare pagina")
    private_page = f.standard_page(section, title="Besloten pagina")
    for page in (private_news, private_page):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")

    assert titles(client.get("/nieuws/")) == ["Openbaar bericht"]
    assert titles(client.get("/sectie/")) == ["Openbare pagina"]


# Filters -----------------------------------------------------------------------------


def test_theme_filter_shows_only_items_about_that_theme(client, eenzaamheid, mantelzorg):
    index = f.news_index()
    f.fully_classified(
        f.news_item(index, title="Over eenzaamheid", publish_it=False), themes=[eenzaamheid]
    )
    f.fully_classified(
        f.news_item(index, title="Over mantelzorg", publish_it=False), themes=[mantelzorg]
    )

    response = client.get("/nieuws/", {"thema": "eenzaamheid"})

    assert response.status_code == 200
    assert titles(response) == ["Over eenzaamheid"]
    assert "Wis filters" in response.content.decode()


def test_district_filter_includes_its_neighbourhoods(client, haven, buiten):
    index = f.news_index()
    f.fully_classified(
        f.news_item(index, title="In Haven", publish_it=False), wijk=haven["district"]
    )
    f.fully_classified(
        f.news_item(index, title="In De Wierden", publish_it=False), wijk=haven["wierden"]
    )
    f.fully_classified(f.news_item(index, title="In Buiten", publish_it=False), wijk=buiten)

    district = client.get("/nieuws/", {"wijk": "almere-haven"})
    neighbourhood = client.get("/nieuws/", {"wijk": "de-wierden"})

    assert sorted(titles(district)) == ["In De Wierden", "In Haven"]
    assert titles(neighbourhood) == ["In De Wierden"]


def test_tag_filter_on_blogs(client):
    index = f.blog_index()
    f.fully_classified(f.blog_item(index, title="Over koken", publish_it=False), tags=["koken"])
    f.blog_item(index, title="Over wandelen")

    response = client.get("/blog/", {"tag": "koken"})

    assert titles(response) == ["Over koken"]


def test_filters_combine(client, haven, eenzaamheid, mantelzorg):
    index = f.news_index()
    f.fully_classified(
        f.news_item(index, title="Raak", publish_it=False),
        wijk=haven["marken"],
        themes=[eenzaamheid],
    )
    f.fully_classified(
        f.news_item(index, title="Ander thema", publish_it=False),
        wijk=haven["marken"],
        themes=[mantelzorg],
    )

    response = client.get("/nieuws/", {"wijk": "almere-haven", "thema": "eenzaamheid"})

    assert titles(response) == ["Raak"]


def test_section_children_of_mixed_types_can_be_filtered(client, haven, eenzaamheid):
    section = f.section_page(slug="mantelzorg-sectie")
    f.fully_classified(
        f.standard_page(section, title="Standaard raak", publish_it=False), themes=[eenzaamheid]
    )
    f.fully_classified(
        f.section_page(section, title="Sectie raak", publish_it=False), themes=[eenzaamheid]
    )
    f.standard_page(section, title="Zonder thema")
    f.contact_page(section, title="Contact zonder thema")

    by_theme = client.get("/mantelzorg-sectie/", {"thema": "eenzaamheid"})
    by_tag = client.get("/mantelzorg-sectie/", {"tag": "niet-gebruikt"})

    assert sorted(titles(by_theme)) == ["Sectie raak", "Standaard raak"]
    assert titles(by_tag) == []
    assert "Er is niets gevonden met deze filters" in by_tag.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"thema": "bestaat-niet"},
        {"wijk": "atlantis"},
        {"thema": "<script>alert(1)</script>"},
        {"tag": "niet geldig!"},
        {"tag": "x" * 500},
    ],
)
def test_unknown_filter_value_is_ignored_with_a_message(client, eenzaamheid, query):
    index = f.news_index()
    f.fully_classified(
        f.news_item(index, title="Met thema", publish_it=False), themes=[eenzaamheid]
    )
    f.news_item(index, title="Zonder thema")

    response = client.get("/nieuws/", query)

    assert response.status_code == 200
    assert sorted(titles(response)) == ["Met thema", "Zonder thema"]
    html = response.content.decode()
    assert "Een filter klopt niet" in html
    assert "<script>alert(1)</script>" not in html


def test_unknown_filter_value_does_not_undo_a_valid_one(client, eenzaamheid):
    index = f.news_index()
    f.fully_classified(
        f.news_item(index, title="Met thema", publish_it=False), themes=[eenzaamheid]
    )
    f.news_item(index, title="Zonder thema")

    response = client.get("/nieuws/", {"thema": "eenzaamheid", "wijk": "atlantis"})

    assert response.status_code == 200
    assert titles(response) == ["Met thema"]
    html = response.content.decode()
    assert "Een filter klopt niet" in html
    # The site's one error summary (it gets focus on a phone), linking to the wrong filter.
    summary = re.search(
        r'<section class="error-summary" id="filters-errors".*?</section>', html, re.S
    )
    assert summary and "data-error-summary" in summary.group(0)
    assert 'href="#id_wijk"' in summary.group(0)


def test_filter_menu_offers_districts_with_their_neighbourhoods(client, haven, eenzaamheid):
    f.news_index()

    response = client.get("/nieuws/")

    html = response.content.decode()
    assert '<option value="almere-haven">Almere Haven</option>' in html
    assert '<option value="de-wierden">– De Wierden</option>' in html
    assert '<option value="eenzaamheid">Eenzaamheid</option>' in html


def test_new_theme_appears_in_the_filter_menu_at_once(client, eenzaamheid):
    f.news_index()
    client.get("/nieuws/")  # fills the cached filter choices

    f.theme("Armoede", slug="armoede")

    assert '<option value="armoede">Armoede</option>' in client.get("/nieuws/").content.decode()


# Query counts ---------------------------------------------------------------------------


def count_queries(client, url):
    """Queries for one anonymous request of `url`, after a warm-up request.

    The warm-up request fills what is cached across requests: rendition rows created on
    the first render of each image, the filter choices, the menus, the footer and the
    site root paths. What is counted is everything the second request asks of the
    database: the site lookup, the page routing, the listing's count and page of items
    with their images, renditions, wijken and authors, and whatever the template asks.

    Today that is, for the news and blog index (11): site, active locale, home page, route
    to the index, the index's specific row, its ancestors' aliases and view restrictions
    (Wagtail's serve), the count, one page of items with image, wijk and author joined,
    their renditions, and the breadcrumbs. A section page (12) loads its children's
    specific rows in one more query per page type (one type here).
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), [short(query["sql"]) for query in queries.captured_queries], response


def assert_same_queries_for_1_and_50_items(client, url, make_items):
    make_items(1)
    one, one_sql, response = count_queries(client, url)
    assert len(response.context["listing"].object_list) == 1

    make_items(49)
    fifty, fifty_sql, response = count_queries(client, url)
    assert response.context["listing"].paginator.count == 50
    assert len(response.context["listing"].object_list) == PAGE_SIZE

    assert one == fifty, "\n".join(["1 item:", *one_sql, "", "50 items:", *fifty_sql])
    assert fifty <= MAX_LISTING_QUERIES, "\n".join(fifty_sql)


def short(sql):
    """The first words of a query and its table, enough to see which query it is."""
    return " ".join(sql.split())[:90] + " … " + sql.split(" FROM ", 1)[-1][:110]


@pytest.fixture
def classification(haven, eenzaamheid, mantelzorg):
    # A real site has its settings row; without it the first request creates it, which
    # changes the content version and empties the caches the warm-up request filled.
    f.site_settings(phone="036 123 45 67")
    return {
        "image": f.make_image("Kaartje"),
        "wijk": haven["wierden"],
        "themes": [eenzaamheid, mantelzorg],
        "tags": ["burenhulp", "koffie"],
    }


def test_news_index_queries_do_not_grow_with_the_number_of_items(client, classification):
    index = f.news_index()

    def make_items(count):
        for _ in range(count):
            f.quick_listing_page(index, NewsPage, **classification)

    assert_same_queries_for_1_and_50_items(client, "/nieuws/", make_items)


def test_blog_index_queries_do_not_grow_with_the_number_of_items(client, classification):
    index = f.blog_index()
    author = f.person("Joke", "Bakker", photo=f.make_image("Pasfoto"))

    def make_items(count):
        for _ in range(count):
            f.quick_listing_page(index, BlogPage, author=author, **classification)

    assert_same_queries_for_1_and_50_items(client, "/blog/", make_items)


def test_blog_authors_are_loaded_together_with_the_blogs(client, classification):
    index = f.blog_index()
    authors = [f.person(f"Schrijver{n}", "Test") for n in range(PAGE_SIZE)]

    def make_items(count):
        for n in range(count):
            f.quick_listing_page(
                index, BlogPage, author=authors[n % len(authors)], **classification
            )

    assert_same_queries_for_1_and_50_items(client, "/blog/", make_items)


def test_section_page_queries_do_not_grow_with_the_number_of_children(client, classification):
    section = f.section_page(slug="vrijwillige-inzet")

    def make_items(count):
        for _ in range(count):
            f.quick_listing_page(section, StandardPage, **classification)

    assert_same_queries_for_1_and_50_items(client, "/vrijwillige-inzet/", make_items)


def test_filtered_news_index_queries_do_not_grow_either(client, classification):
    index = f.news_index()

    def make_items(count):
        for _ in range(count):
            f.quick_listing_page(index, NewsPage, **classification)

    assert_same_queries_for_1_and_50_items(
        client, "/nieuws/?thema=eenzaamheid&wijk=almere-haven&tag=koffie", make_items
    )


def test_listing_items_each_with_their_own_image_cost_no_extra_queries(client):
    index = f.news_index()
    f.site_settings()

    def make_items(count):
        for _ in range(count):
            f.quick_listing_page(index, NewsPage, image=f.make_image())

    assert_same_queries_for_1_and_50_items(client, "/nieuws/", make_items)


def test_news_items_with_everything_show_it_on_the_card(client, classification):
    index = f.news_index()
    f.fully_classified(f.news_item(index, title="Volledig", publish_it=False), **classification)

    html = client.get("/nieuws/").content.decode()

    assert "Volledig" in html
    assert "De Wierden" in html
    assert ".fill-640x360" in html  # the card image


def test_news_page_model_is_the_listing_item_type(client):
    f.news_item(title="Gewoon bericht")
    response = client.get("/nieuws/")
    assert all(isinstance(item, NewsPage) for item in response.context["listing"].object_list)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"thema": "bestaat-niet"}, "Dit thema kennen we niet. Daarom ziet u alle thema's."),
        ({"wijk": "atlantis"}, "Deze wijk kennen we niet. Daarom ziet u heel Almere."),
        ({"tag": "niet geldig!"}, "Dit trefwoord kennen we niet."),
    ],
)
def test_unknown_filter_value_is_explained_in_plain_dutch(client, query, message):
    f.news_item(f.news_index(), title="Een bericht")

    response = client.get("/nieuws/", query)

    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")


def test_english_latest_news_falls_back_to_dutch_news(client):
    from cms.models import NewsIndexPage  # noqa: F401  (the index must exist for news items)

    f.news_item(f.news_index(), title="Nieuws uit Haven")
    home = f.home_page()
    home.body = f.stream(("latest_items", {"title": "Latest news", "kind": "news", "count": 3}))
    f.publish(home)
    f.translate(home, "en", title="VMCA Almere", slug="home-en")

    response = client.get("/en/")

    assert response.status_code == 200
    assert "Nieuws uit Haven" in response.content.decode()
