"""The public sociale kaart: the overview with its filters, the page of one offer and the
block that shows chosen offers on any page (issue 16)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f

pytestmark = pytest.mark.django_db


def sociale_kaart():
    from guide.models.offers import SupportOfferIndexPage

    return f.add_page(f.home_page(), SupportOfferIndexPage, title="Sociale kaart", slug="hulp")


def provider(name="Buurtteam Almere"):
    from cms.models import Partner

    return Partner.objects.create(name=name, email="info@buurtteam.example")


def offer(index, themes=(), publish_it=True, **fields):
    from guide.models.offers import SupportOfferPage

    fields.setdefault("provider", provider())
    page = f.add_page(index, SupportOfferPage, publish_it=publish_it, **fields)
    if themes:
        page.themes.set(themes)
        page.save()
        if publish_it:
            f.publish(page)
    return page


def listed_titles(response):
    assert response.status_code == 200
    return {offer.title for offer in response.context["listing"].object_list}


def test_overview_lists_live_offers_and_not_drafts(client):
    index = sociale_kaart()
    offer(index, title="Respijtzorg")
    offer(index, title="Nog in de maak", publish_it=False)

    response = client.get("/hulp/")

    assert listed_titles(response) == {"Respijtzorg"}
    html = response.content.decode()
    assert "Respijtzorg" in html
    assert "Nog in de maak" not in html
    assert "Heel Almere" in html


def test_theme_filter(client):
    index = sociale_kaart()
    rust = f.theme("Even rust", slug="even-rust")
    offer(index, title="Logeerhuis", themes=[rust])
    offer(index, title="Lotgenotengroep")

    assert listed_titles(client.get("/hulp/", {"thema": "even-rust"})) == {"Logeerhuis"}


def test_wijk_filter_keeps_all_of_almere_and_the_chosen_wijk(client):
    index = sociale_kaart()
    buiten = f.wijk("Almere Buiten", slug="almere-buiten")
    regenboog = f.wijk("Regenboogbuurt", slug="regenboogbuurt", district=buiten)
    haven = f.wijk("Almere Haven", slug="almere-haven")
    offer(index, title="Voor heel Almere")
    offer(index, title="In Buiten", wijk=buiten)
    offer(index, title="In de Regenboogbuurt", wijk=regenboog)
    offer(index, title="In Haven", wijk=haven)

    district = listed_titles(client.get("/hulp/", {"wijk": "almere-buiten"}))
    neighbourhood = listed_titles(client.get("/hulp/", {"wijk": "regenboogbuurt"}))

    assert district == {"Voor heel Almere", "In Buiten", "In de Regenboogbuurt"}
    assert neighbourhood == {"Voor heel Almere", "In de Regenboogbuurt"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"thema": "bestaat-niet"}, "Dit thema kennen we niet. Daarom ziet u alle thema's."),
        ({"wijk": "atlantis"}, "Deze wijk kennen we niet. Daarom ziet u heel Almere."),
    ],
)
def test_unknown_filter_value_is_explained_like_other_listings(client, query, message):
    index = sociale_kaart()
    offer(index, title="Respijtzorg")

    response = client.get("/hulp/", query)

    # As on the news and blog listings: the filter is ignored and explained.
    assert listed_titles(response) == {"Respijtzorg"}
    assert message in response.content.decode().replace("&#x27;", "'")


def test_offer_page_shows_the_facts(client):
    index = sociale_kaart()
    haven = f.wijk("Almere Haven", slug="almere-haven")
    rust = f.theme("Even rust", slug="even-rust")
    page = offer(
        index,
        title="Logeerhuis De Haven",
        slug="logeerhuis",
        intro="Even een paar dagen rust voor u.",
        provider=provider("Zorggroep Haven"),
        situation="U zorgt voor iemand met dementie.",
        min_age=18,
        cost="eigen-bijdrage",
        cost_note="15 euro per nacht",
        online=True,
        phone="036 123 45 67",
        email="logeerhuis@example.org",
        website="https://logeerhuis.example",
        walk_in_hours="Dinsdag van 10 tot 12 uur",
        address="Sluis 4, Almere Haven",
        referral_needed=True,
        how_to_get="Bel ons voor een gesprek.",
        wijk=haven,
        themes=[rust],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    for fact in (
        "Logeerhuis De Haven",
        "Even een paar dagen rust voor u.",
        "Zorggroep Haven",
        "U zorgt voor iemand met dementie.",
        "Voor mensen vanaf 18 jaar.",
        "Met een eigen bijdrage",
        "15 euro per nacht",
        "Ook online",
        'href="tel:0361234567"',
        "mailto:logeerhuis@example.org",
        'href="https://logeerhuis.example"',
        "Dinsdag van 10 tot 12 uur",
        "Sluis 4, Almere Haven",
        "U hebt een verwijzing nodig",
        "Bel ons voor een gesprek.",
        "Almere Haven",
        "Even rust",
        'href="/hulp/?thema=even-rust"',
    ):
        assert fact in html, fact


def test_block_shows_the_chosen_live_offers_in_their_order(client):
    index = sociale_kaart()
    first = offer(index, title="Respijtzorg", phone="036 000 00 00")
    second = offer(index, title="Mantelzorgmakelaar", how_to_get="Vraag het via de website.")
    draft = offer(index, title="Nog in de maak", publish_it=False)
    page = f.standard_page()
    page.body = f.stream(
        (
            "support_offers",
            {"heading": "Hier kunt u terecht", "offers": [second.pk, draft.pk, first.pk]},
        )
    )
    f.publish(page)

    html = client.get(page.url).content.decode()

    assert "Hier kunt u terecht" in html
    assert html.index("Mantelzorgmakelaar") < html.index("Respijtzorg")
    assert "Vraag het via de website." in html
    assert 'href="tel:0360000000"' in html
    assert "Nog in de maak" not in html


def _queries_for_overview(client, index):
    # A warm-up request fills what is cached across requests (menus, filter choices,
    # site root paths); then the listing's own cached HTML is dropped, so the offers
    # themselves are loaded in the request that is counted.
    for _warm_up in range(2):
        assert client.get("/hulp/").status_code == 200
    from django.core.cache.utils import make_template_fragment_key

    from cms.cache import content_version

    cache.delete(
        make_template_fragment_key(
            "support_offer_listing", [index.pk, "/hulp/", "nl", content_version()]
        )
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/hulp/")
    assert response.status_code == 200
    return len(queries), response.context["listing"].paginator.count


def test_overview_query_count_does_not_grow_with_offers(client):
    index = sociale_kaart()
    buiten = f.wijk("Almere Buiten", slug="almere-buiten")
    shared = provider("Gedeelde aanbieder")
    for number in range(3):
        offer(index, title=f"Aanbod {number}", wijk=buiten if number % 2 else None)
    few, found = _queries_for_overview(client, index)
    assert found == 3

    for number in range(3, 15):
        offer(index, title=f"Aanbod {number}", provider=shared, wijk=buiten)
    many, found = _queries_for_overview(client, index)

    assert found == 15
    assert many == few
