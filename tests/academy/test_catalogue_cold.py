"""The catalogue right after a publish, when every cached card and fragment is stale: what it
shows changes at once, and building it costs the same queries for 3 courses as for 12."""

import re
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from academy.catalogue.listing_cache import LISTING_CACHE_SECONDS
from academy.models import AccreditationRegister, EditionStatus
from cms.cache import bump_content_version
from tests import factories as f

from .conftest import course, edition

pytestmark = pytest.mark.django_db

URL = "/vrijwilligersacademie/"

# Queries of the catalogue's first page right after a publish (the content version raised,
# so every cached fragment is stale): the site and the page, the filter menus, the private
# sections, the courses of the page with their count (one query), their editions, prices,
# accreditations and card pictures (one query each), the menus and the footer. The same
# for 3 courses as for 12.
COLD_QUERIES = 19


def get(**params):
    return Client().get(URL, params)


def titles(response):
    return re.findall(r'data-course-title="([^"]+)"', response.content.decode())


def add_course(number, theme, wijk):
    page = course(
        title=f"Training {number:02}",
        image=f.make_image(f"Beeld {number}"),
        prices={"vrijwilliger": 0, "professional": 2500},
        accreditations=[(AccreditationRegister.objects.order_by("pk").first(), f"A{number}", 3)],
        themes=[theme],
        wijk=wijk,
    )
    edition(page, starts_in_days=5 + number, capacity=5)
    edition(page, starts_in_days=40 + number, capacity=5, status=EditionStatus.FULL)
    return page


def cold_queries(make_cold, **params):
    """Queries of one request after make_cold(), with the caches filled just before. The
    cards also key on a one-minute slot: a count across the turn of a slot is taken again."""
    while True:
        slot = int(time.time()) // LISTING_CACHE_SECONDS
        get(**params)
        get(**params)
        make_cold()
        with CaptureQueriesContext(connection) as queries:
            response = get(**params)
        assert response.status_code == 200
        if int(time.time()) // LISTING_CACHE_SECONDS == slot:
            return len(queries), response


def test_a_publish_shows_on_the_catalogue_at_once(academy):
    page = course(title="Oude naam")
    edition(page)
    assert titles(get()) == ["Oude naam"]  # the cards are cached now

    page.title = "Nieuwe naam"
    f.publish(page)

    assert titles(get()) == ["Nieuwe naam"]


def test_a_new_theme_shows_in_the_filters_at_once(academy):
    edition(course(title="Taalmaatje"))
    assert "Digitale vaardigheden" not in get().content.decode()  # the form is cached now

    f.theme("Digitale vaardigheden", slug="digitaal")

    html = get().content.decode()
    assert '<option value="digitaal">Digitale vaardigheden</option>' in html


def test_the_filters_keep_their_choice_after_a_publish(academy):
    theme = f.theme("Taal", slug="taal")
    edition(course(title="Taalmaatje", themes=[theme]))
    get(thema="taal")

    f.publish(course(title="Nog een training"))

    html = get(thema="taal").content.decode()
    assert '<option value="taal" selected>Taal</option>' in html
    assert titles(get(thema="taal")) == ["Taalmaatje"]


def test_cards_show_their_picture_without_a_query_per_card(academy):
    theme, wijk = f.theme("Taal", slug="taal"), f.wijk("Almere Stad", slug="stad")
    add_course(1, theme, wijk)

    html = get().content.decode()

    assert re.search(r'<img src="[^"]+\.fill-640x360\.format-webp\.webp" width="\d+"', html)


@pytest.mark.parametrize("make_cold", [bump_content_version, cache.clear], ids=["publish", "clear"])
def test_cold_catalogue_queries_do_not_grow_with_the_number_of_courses(academy, make_cold):
    theme, wijk = f.theme("Taal", slug="taal"), f.wijk("Almere Stad", slug="stad")
    filtered = {"thema": "taal", "kosten": "betaald", "wijk": "stad"}
    for number in range(3):
        add_course(number, theme, wijk)
    three = {bool(params): cold_queries(make_cold, **params)[0] for params in ({}, filtered)}
    for number in range(3, 14):
        add_course(number, theme, wijk)

    twelve = {}
    for params in ({}, filtered):
        count, response = cold_queries(make_cold, **params)
        assert len(titles(response)) == 12  # a full page of cards
        twelve[bool(params)] = count

    assert twelve == three
    if make_cold is bump_content_version:
        assert three[False] == COLD_QUERIES


def test_cold_later_pages_and_missing_pages(academy, settings):
    settings.LISTING_PAGE_SIZE = 2
    for number in range(5):
        edition(course(title=f"Training {number}"), starts_in_days=5 + number)

    pages = {}
    for page in ("1", "2", "3", "abc"):
        bump_content_version()  # nothing cached: the page is read with the count
        pages[page] = titles(get(page=page))
    bump_content_version()
    missing = get(page=4)

    assert pages == {
        "1": ["Training 0", "Training 1"],
        "2": ["Training 2", "Training 3"],
        "3": ["Training 4"],
        "abc": ["Training 0", "Training 1"],
    }
    assert missing.status_code == 404
    assert "5 trainingen" in get(page=3).content.decode()
    # A page number no database offset can hold is a 404 too, never a 500.
    bump_content_version()
    assert get(page="999999999999999999999").status_code == 404
