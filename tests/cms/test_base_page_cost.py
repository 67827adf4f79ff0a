"""What every page view costs before its own content: the site, the route, the privacy
check, the head and the breadcrumbs come from caches that a publish, move, unpublish or
privacy change renews at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from tests import factories as f

pytestmark = pytest.mark.django_db


def warm_queries(client, url):
    """The SQL of a page view once its caches are warm (the first views fill them)."""
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries]


def tables(sql_statements):
    return [sql.split(" FROM ", 1)[1].split()[0].strip('"') for sql in sql_statements]


@pytest.fixture
def page_in_section():
    section = f.section_page(title="Mantelzorg", slug="mantelzorg")
    return f.standard_page(section, title="Respijtzorg", slug="respijtzorg", image=f.make_image())


def test_the_home_page_asks_the_database_only_for_the_active_language(client):
    assert tables(warm_queries(client, "/")) == ["wagtailcore_locale"]


def test_a_page_costs_one_query_for_itself_with_its_image(client, page_in_section):
    queries = warm_queries(client, "/mantelzorg/respijtzorg/")

    # The language, then the page with its specific type and image in one join; what the
    # page itself shows (themes, tags) may follow, but no site, route, privacy or
    # breadcrumb lookups.
    assert tables(queries)[:2] == ["wagtailcore_locale", "cms_standardpage"]
    assert "wagtailcore_page" in queries[1] and "wagtailimages_image" in queries[1]
    assert not {"wagtailcore_site", "wagtailcore_pageviewrestriction", "cms_sitesettings"} & set(
        tables(queries)
    )


def test_a_new_slug_moves_the_page_at_once(client, page_in_section):
    warm_queries(client, "/mantelzorg/respijtzorg/")

    page_in_section.slug = "logeren"
    f.publish(page_in_section)

    assert client.get("/mantelzorg/respijtzorg/").status_code == 404
    assert client.get("/mantelzorg/logeren/").status_code == 200


def test_a_moved_page_is_found_at_its_new_address_at_once(client, page_in_section):
    other = f.section_page(title="Vrijwillige inzet", slug="vrijwillige-inzet")
    warm_queries(client, "/mantelzorg/respijtzorg/")

    page_in_section.move(other, pos="last-child")

    assert client.get("/vrijwillige-inzet/respijtzorg/").status_code == 200
    # Wagtail leaves a redirect at the old address.
    old = client.get("/mantelzorg/respijtzorg/")
    assert (old.status_code, old["Location"]) == (301, "/vrijwillige-inzet/respijtzorg/")


def test_an_unpublished_page_is_gone_at_once(client, page_in_section):
    warm_queries(client, "/mantelzorg/respijtzorg/")

    page_in_section.unpublish()

    assert client.get("/mantelzorg/respijtzorg/").status_code == 404


def test_a_remembered_route_never_serves_a_page_that_left_its_address(client, page_in_section):
    warm_queries(client, "/mantelzorg/respijtzorg/")

    # Changed behind Wagtail's back: no signal, so the content version stays the same.
    Page.objects.filter(pk=page_in_section.pk).update(
        slug="elders", url_path=page_in_section.url_path.replace("respijtzorg", "elders")
    )

    assert client.get("/mantelzorg/respijtzorg/").status_code == 404


def test_a_page_made_private_asks_for_sign_in_at_once_and_not_after_it_is_public(
    client, page_in_section
):
    warm_queries(client, "/mantelzorg/respijtzorg/")

    restriction = PageViewRestriction.objects.create(
        page=page_in_section.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/mantelzorg/respijtzorg/")
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "inloggen" in response["Location"]

    restriction.delete()
    assert client.get("/mantelzorg/respijtzorg/").status_code == 200


def test_a_pages_own_restriction_applies_while_others_exist(client, page_in_section):
    other = f.standard_page(title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)

    assert client.get("/mantelzorg/respijtzorg/").status_code == 200
    assert client.get("/intern/").status_code == 302


def test_a_new_home_page_for_the_site_is_served_at_once(client):
    assert client.get("/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    new_home = f.standard_page(f.root_page(), title="Nieuw begin", slug="nieuw-begin")

    site.root_page = new_home
    site.save()

    assert "Nieuw begin" in client.get("/").content.decode()


def test_a_host_without_a_site_of_its_own_gets_the_default_site(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    assert client.get("/", HTTP_HOST="elders.example").status_code == 200


def test_an_unknown_host_is_a_400_not_a_500(client, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/", HTTP_HOST="kwaadwillend.example").status_code == 400


def test_the_description_changes_with_a_publish_and_previews_show_the_draft(
    client, page_in_section
):
    page_in_section.search_description = "Even op adem komen."
    f.publish(page_in_section)
    url = "/mantelzorg/respijtzorg/"
    assert 'content="Even op adem komen."' in client.get(url).content.decode()

    page_in_section.search_description = "Tekst in concept."
    revision = page_in_section.save_revision()
    client.force_login(f.superuser())
    preview = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page_in_section.pk, revision.pk])
    )
    assert 'content="Tekst in concept."' in preview.content.decode()
    client.logout()
    assert 'content="Even op adem komen."' in client.get(url).content.decode()

    revision.publish()
    assert 'content="Tekst in concept."' in client.get(url).content.decode()


def test_a_listings_later_pages_keep_their_own_canonical_address(client):
    index = f.news_index()
    for number in range(25):
        f.news_item(index, title=f"Bericht {number}", slug=f"bericht-{number}")

    first = client.get("/nieuws/").content.decode()
    second = client.get("/nieuws/?page=2").content.decode()

    assert 'rel="canonical" href="http://localhost/nieuws/"' in first
    assert 'rel="canonical" href="http://localhost/nieuws/?page=2"' in second


def test_a_preview_shows_the_drafts_image_and_themes_while_visitors_keep_the_published(
    client, page_in_section
):
    url = "/mantelzorg/respijtzorg/"
    published_image = page_in_section.image
    page_in_section.themes.set([f.theme("Dagbesteding", slug="dagbesteding")])
    f.publish(page_in_section)
    assert "Dagbesteding" in client.get(url).content.decode()

    page_in_section.image = f.make_image(title="Nieuwe foto")
    page_in_section.themes.set([f.theme("Eenzaamheid", slug="eenzaamheid")])
    revision = page_in_section.save_revision()
    client.force_login(f.superuser())
    preview = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page_in_section.pk, revision.pk])
    ).content.decode()
    client.logout()
    public = client.get(url).content.decode()

    assert "Eenzaamheid" in preview and "Dagbesteding" not in preview
    assert "Dagbesteding" in public and "Eenzaamheid" not in public
    assert f"images/{published_image.file.name.split('/')[-1].rsplit('.', 1)[0]}" in public
