"""Direct routing (one lookup whatever the depth) and the cached page fragments:
same answers as Wagtail's own routing, and previews and privacy changes are never stale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests import factories as f

pytestmark = pytest.mark.django_db


def paragraph(text):
    return f.stream(("paragraph", f"<p>{text}</p>"))


@pytest.fixture
def deep_tree():
    section = f.section_page(title="Mantelzorg", slug="mantelzorg")
    level2 = f.standard_page(section, title="Respijtzorg", slug="respijtzorg")
    level3 = f.standard_page(level2, title="Logeerhuis", slug="logeerhuis")
    level4 = f.standard_page(level3, title="Aanmelden", slug="aanmelden")
    return section, level2, level3, level4


def queries_for(client, url):
    # Warm up twice: the first visit creates the site settings (which renews the
    # content version), the second fills the caches for menus and fragments.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_deep_pages_cost_no_more_queries_than_shallow_ones(client, deep_tree):
    shallow = queries_for(client, "/mantelzorg/respijtzorg/")
    deep = queries_for(client, "/mantelzorg/respijtzorg/logeerhuis/aanmelden/")

    assert deep == shallow


def test_live_page_under_a_draft_parent_is_served_as_wagtail_does(client, deep_tree):
    _section, level2, _level3, _level4 = deep_tree
    level2.unpublish()

    assert client.get("/mantelzorg/respijtzorg/").status_code == 404
    assert client.get("/mantelzorg/respijtzorg/logeerhuis/").status_code == 200


def test_unknown_and_draft_paths_are_404(client, deep_tree):
    _section, _level2, level3, _level4 = deep_tree
    draft = f.standard_page(level3, title="Concept", slug="concept", publish_it=False)
    draft.unpublish()

    assert client.get("/mantelzorg/bestaat-niet/").status_code == 404
    assert client.get("/mantelzorg/respijtzorg/logeerhuis/concept/").status_code == 404
    assert client.get("/mantelzorg/respijtzorg/logeerhuis/aanmelden/extra/").status_code == 404


def test_sub_routes_of_overview_pages_still_work(client):
    f.news_item(f.news_index(), title="Een bericht", slug="een-bericht")

    assert client.get("/nieuws/rss/").status_code == 200
    assert client.get("/nieuws/een-bericht/").status_code == 200
    assert client.get("/nieuws/bestaat-niet/").status_code == 404


def test_english_pages_route_within_the_english_tree(client):
    section = f.section_page(title="Mantelzorg", slug="mantelzorg")
    f.translate(section, "en", title="Caring", slug="caring")

    assert client.get("/en/caring/").status_code == 200
    assert client.get("/en/mantelzorg/").status_code == 404


def test_preview_shows_the_unpublished_body_not_the_cached_one(client, deep_tree):
    _section, level2, _level3, _level4 = deep_tree
    level2.body = paragraph("Gepubliceerde tekst")
    f.publish(level2)
    assert "Gepubliceerde tekst" in client.get("/mantelzorg/respijtzorg/").content.decode()

    level2.body = paragraph("Tekst in concept")
    revision = level2.save_revision()
    client.force_login(f.superuser())
    preview = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[level2.pk, revision.pk])
    )

    assert "Tekst in concept" in preview.content.decode()
    client.logout()
    public = client.get("/mantelzorg/respijtzorg/").content.decode()
    assert "Gepubliceerde tekst" in public
    assert "Tekst in concept" not in public

    revision.publish()
    assert "Tekst in concept" in client.get("/mantelzorg/respijtzorg/").content.decode()


def test_making_a_page_private_removes_it_from_cached_listings_at_once(client):
    index = f.news_index()
    secret = f.news_item(index, title="Alleen voor medewerkers", slug="intern")
    assert "Alleen voor medewerkers" in client.get("/nieuws/").content.decode()

    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    assert "Alleen voor medewerkers" not in client.get("/nieuws/").content.decode()


def test_preview_of_an_overview_page_does_not_leak_its_draft_body(client):
    """Overview pages serve through a route; their previews must still skip the caches."""
    index = f.news_index()
    index.body = paragraph("Gepubliceerde inleiding")
    f.publish(index)
    index.body = paragraph("Inleiding in concept")
    revision = index.save_revision()
    client.force_login(f.superuser())

    preview = client.get(reverse("wagtailadmin_pages:revisions_view", args=[index.pk, revision.pk]))

    assert "Inleiding in concept" in preview.content.decode()
    client.logout()
    public = client.get("/nieuws/").content.decode()
    assert "Gepubliceerde inleiding" in public and "Inleiding in concept" not in public
