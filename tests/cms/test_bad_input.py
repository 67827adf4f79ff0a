"""Bad input gets a clear page and a 4xx status or a sensible default, never a 500."""

import pytest
from django.conf import settings
from django.template import loader
from django.test import Client, RequestFactory

from cms.views import server_error
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """A small site with every kind of page that takes query parameters or posts."""
    index = f.news_index()
    f.news_item(index, title="Een bericht", slug="een-bericht")
    blog_index = f.blog_index()
    f.blog_item(blog_index, title="Een blog", slug="een-blog")
    section = f.section_page(title="Mantelzorg", slug="mantelzorg")
    f.standard_page(section, title="Respijtzorg", slug="respijtzorg")
    f.contact_page(title="Contact", slug="contact")
    f.theme("Eenzaamheid", slug="eenzaamheid")
    return {"listings": ["/nieuws/", "/blog/", "/mantelzorg/"]}


@pytest.fixture
def raising_client():
    """A client that lets exceptions through, so a 500 fails the test with its traceback."""
    return Client(raise_request_exception=True)


BAD_QUERIES = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=99999",
    "page=1e9",
    "page=99999999999999999999999999999",
    "page=%00",
    "page=1&page=2",
    "thema=%3Cscript%3Ealert(1)%3C/script%3E",
    "thema=eenzaamheid&thema=onbekend",
    "wijk=nonexistent",
    "wijk=%00",
    "tag=" + "x" * 5000,
    "tag=%00%01%02",
    "tag=%F0%9F%99%82%E2%80%AE",
    "tag=%C0%AF%ff%fe",
    "thema[]=eenzaamheid",
    "%00=%00",
    "q=" + "%25" * 300,
]


def test_bad_query_parameters_on_listings_never_cause_a_server_error(raising_client, site):
    problems = []
    for query in BAD_QUERIES:
        for url in site["listings"]:
            response = raising_client.get(f"{url}?{query}")
            html = response.content.decode()
            if (
                response.status_code not in (200, 404)
                or "text/html" not in response["Content-Type"]
            ):
                problems.append((url, query, response.status_code))
            elif "<script>alert(1)</script>" in html:
                problems.append((url, query, "script not escaped"))
            elif response.status_code == 404 and "Deze pagina bestaat niet" not in html:
                problems.append((url, query, "404 without the friendly page"))
    assert problems == []


def test_bad_query_parameters_on_other_pages_are_ignored(raising_client, site):
    problems = []
    for query in BAD_QUERIES:
        for url in (
            "/",
            "/nieuws/een-bericht/",
            "/mantelzorg/respijtzorg/",
            "/contact/",
            "/nieuws/rss/",
        ):
            response = raising_client.get(f"{url}?{query}")
            if response.status_code != 200:
                problems.append((url, query, response.status_code))
    assert problems == []


SEARCH_INPUT = [
    # query string, expected status
    ("q=" + "a" * (settings.SEARCH_QUERY_MAX_LENGTH + 1), 400),
    ("q=" + "a" * 100_000, 400),
    ("q=%00", 400),
    ("q=zorg%00zorg", 400),
    ("q=%F0%9F%99%82", 200),
    ("q=%ff%fe", 200),
    ("q=zorg&page=abc", 200),
    ("q=zorg&page=99999", 404),
    ("q=a&q=b", 200),
    ("q[]=zorg", 200),
]


def test_bad_search_input_gets_a_clear_answer(raising_client, site):
    problems = []
    for query, status in SEARCH_INPUT:
        response = raising_client.get(f"/zoeken/?{query}")
        if response.status_code != status:
            problems.append((query[:40], response.status_code))
        elif status != 404 and 'name="q"' not in response.content.decode():
            problems.append((query[:40], "no search form"))
    assert problems == []


MALFORMED_CONTACT_POSTS = [
    {},
    {"naam": ""},
    {"naam": "x" * 100_000, "e_mailadres": "a@example.org", "vraag": "x"},
    {"naam": "Anna", "e_mailadres": "@" * 300, "vraag": "x"},
    {"naam": "Anna\x00", "e_mailadres": "a@example.org\x00", "vraag": "\x00"},
    {"naam": "Anna", "e_mailadres": "a@example.org", "vraag": "x" * 100_000},
    {"onbekend": "veld"},
]


def test_malformed_contact_posts_are_refused_with_a_400(raising_client, site):
    from wagtail.contrib.forms.models import FormSubmission

    problems = []
    for data in MALFORMED_CONTACT_POSTS:
        response = raising_client.post("/contact/", data)
        if response.status_code != 400:
            problems.append((sorted(data), response.status_code))
        elif "Er ging iets mis. Verbeter de volgende punten:" not in response.content.decode():
            problems.append((sorted(data), "no error summary"))
    assert problems == []
    assert FormSubmission.objects.count() == 0


def test_contact_post_with_repeated_fields_uses_the_last_value(raising_client, site):
    from wagtail.contrib.forms.models import FormSubmission

    response = raising_client.post(
        "/contact/",
        {"naam": ["Anna", "Bram"], "e_mailadres": ["a@example.org"], "vraag": ["x", "y"]},
    )

    assert response.status_code == 200
    assert FormSubmission.objects.get().get_data()["naam"] == "Bram"


def test_search_with_a_nul_character_explains_what_is_wrong(client, site):
    response = client.get("/zoeken/", {"q": "zorg\x00"})

    assert response.status_code == 400
    assert "Null-tekens zijn niet toegestaan." in response.content.decode()


def test_contact_post_with_a_file_instead_of_text_is_refused(raising_client, site):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = raising_client.post(
        "/contact/", {"naam": SimpleUploadedFile("naam.txt", b"Anna"), "vraag": "x"}
    )

    assert response.status_code == 400


def test_posting_too_many_fields_is_a_400(raising_client, site, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 50
    response = Client().post("/contact/", {f"veld{n}": "x" for n in range(100)})

    assert response.status_code == 400


def test_pages_refuse_methods_they_do_not_handle_with_a_405(raising_client, site):
    for method in ("put", "delete", "patch"):
        for url in ("/", "/nieuws/", "/nieuws/een-bericht/", "/contact/"):
            response = getattr(raising_client, method)(url)
            assert response.status_code == 405, (method, url, response.status_code)
    assert raising_client.options("/nieuws/").status_code in (200, 405)
    assert raising_client.post("/nieuws/een-bericht/").status_code == 405
    assert raising_client.put("/contact/")["Allow"] == "GET, HEAD, POST"
    assert raising_client.delete("/nieuws/")["Allow"] == "GET, HEAD"


def test_search_only_answers_get_and_head(raising_client, site):
    for method in ("post", "put", "delete"):
        response = getattr(raising_client, method)("/zoeken/", {"q": "zorg"})

        assert response.status_code == 405, method
        assert response["Allow"] == "GET, HEAD"


def test_head_requests_work(raising_client, site):
    for url in ("/", "/nieuws/", "/zoeken/?q=zorg", "/robots.txt", "/sitemap.xml"):
        response = raising_client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


ODD_ADDRESSES = [
    "/%00/",
    "/nieuws/%00/",
    "/nieuws/%ff%fe/",
    "/" + "a" * 3000 + "/",
    "/nieuws/een-bericht/onzin/",
    "/nieuws/rss/onzin/",
    "/..%2f..%2fetc/passwd",
    "/en/bestaat-niet/",
    "/%F0%9F%99%82/",
]


def test_odd_addresses_are_a_friendly_404(raising_client, site):
    problems = []
    for path in ODD_ADDRESSES:
        response = raising_client.get(path)
        if response.status_code != 404 or "text/html" not in response["Content-Type"]:
            problems.append((path[:40], response.status_code))
    assert problems == []


# The error pages ------------------------------------------------------------------------


def test_404_page_is_friendly_and_in_the_site_style(client, site):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert '<form class="search-form" role="search" action="/zoeken/"' in html
    assert 'href="/"' in html
    assert "/static/css/site.css" in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html


def test_500_template_renders_without_database_or_context(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = loader.get_template("500.html").render({})

    assert "Er ging iets mis" in html
    assert "/static/css/site.css" in html
    assert 'href="/"' in html


def test_500_view_answers_without_touching_the_database(django_assert_num_queries):
    request = RequestFactory().get("/nieuws/")

    with django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_unexpected_error_in_a_page_shows_the_500_page(site, monkeypatch):
    from cms.models import StandardPage

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(StandardPage, "serve", broken)
    client = Client(raise_request_exception=False)

    response = client.get("/mantelzorg/respijtzorg/")

    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
