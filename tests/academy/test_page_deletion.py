"""A page that editions belong to (a course page, an event page with places, or a page above
them such as the Vrijwilligersacademie) cannot be deleted in the admin: the editions keep
registrations, payments and certificates. The admin says which editions are in the way,
instead of an error page, and deletes nothing."""

import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import Page

from academy.models import CoursePage, Edition
from tests import factories as f
from tests.academy.test_event_registration import linked_edition, werkcafe

from .conftest import catalogue, course, edition

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(f.superuser())
    return client


def text(response):
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=(page.pk,))


def assert_refused(response, *edition_titles):
    """The admin explains, in Dutch, which editions keep the page; nothing was deleted."""
    assert response.status_code == 200
    shown = text(response)
    assert "kunt u niet verwijderen" in shown
    for title in edition_titles:
        assert title in shown
    assert "Publicatie intrekken" in shown  # what to do instead


def test_the_vrijwilligersacademie_page_is_not_deleted_while_editions_hang_under_it(
    admin_client,
):
    ed = edition(course(title="Omgaan met dementie"))
    index = catalogue()
    pages_before = Page.objects.count()

    confirmation = admin_client.get(delete_url(index))
    assert_refused(confirmation, "Omgaan met dementie")
    assert 'action="' + delete_url(index) not in confirmation.content.decode()

    posted = admin_client.post(delete_url(index), follow=True)
    assert_refused(posted, "Omgaan met dementie")
    assert Page.objects.count() == pages_before
    assert Edition.objects.filter(pk=ed.pk).exists()


def test_a_course_page_with_editions_is_not_deleted(admin_client):
    page = course(title="Eerste hulp bij eenzaamheid")
    for _ in range(2):
        edition(page)

    posted = admin_client.post(delete_url(page), follow=True)

    assert_refused(posted, "Eerste hulp bij eenzaamheid")
    assert "2 edities" in text(posted)
    assert CoursePage.objects.filter(pk=page.pk).exists()


def test_an_event_page_with_places_is_not_deleted(admin_client):
    page = werkcafe()
    linked_edition(page)

    confirmation = admin_client.get(delete_url(page))
    posted = admin_client.post(delete_url(page), follow=True)

    assert_refused(confirmation, "Werkcafé met 60 plaatsen")
    assert_refused(posted, "Werkcafé met 60 plaatsen")
    assert Page.objects.filter(pk=page.pk).exists()


def test_many_editions_are_counted_not_all_named(admin_client):
    for number in range(8):
        edition(course(title=f"Training nummer {number}"))

    shown = text(admin_client.get(delete_url(catalogue())))

    assert "8 edities" in shown
    assert "en nog 3 andere" in shown


def test_a_page_without_editions_is_still_deleted(admin_client):
    page = course(title="Nooit gegeven")

    response = admin_client.post(delete_url(page))

    assert response.status_code == 302
    assert not CoursePage.objects.filter(pk=page.pk).exists()


def test_bulk_delete_in_the_page_explorer_deletes_nothing_when_one_page_has_editions(
    admin_client,
):
    keep = course(title="Mantelzorg en werk")
    edition(keep)
    free = f.standard_page(title="Oude pagina")
    explorer = reverse("wagtailadmin_explore", args=(f.home_page().pk,))
    bulk_url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    query = f"?id={keep.pk}&id={free.pk}&next={explorer}"

    confirmation = admin_client.get(bulk_url + query)
    assert "kunt u niet verwijderen" in text(confirmation)
    assert "Ja, verwijderen" not in text(confirmation)  # no delete button
    posted = admin_client.post(bulk_url + query, follow=True)

    assert posted.status_code == 200
    shown = text(posted)
    assert "kunt u niet verwijderen" in shown
    assert "Mantelzorg en werk" in shown
    assert Page.objects.filter(pk__in=[keep.pk, free.pk]).count() == 2


def test_bulk_delete_of_the_vrijwilligersacademie_deletes_nothing(admin_client):
    edition(course(title="Vrijwilligers begeleiden"))
    index = catalogue()
    bulk_url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))

    explorer = reverse("wagtailadmin_explore", args=(f.home_page().pk,))
    query = f"?id={index.pk}&next={explorer}"

    confirmation = admin_client.get(bulk_url + query)
    assert "Vrijwilligers begeleiden" in text(confirmation)
    assert "Ja, verwijderen" not in text(confirmation)  # no delete button
    posted = admin_client.post(bulk_url + query, follow=True)

    assert "Vrijwilligersacademie" in text(posted)
    assert "kunt u niet verwijderen" in text(posted)
    assert Page.objects.filter(pk=index.pk).exists()
