"""The demo wegwijzers (guide/demo_wegwijzer.py) and the sociale kaart behind them: a path
editors could have built, on needs that each have offers, safe to build twice."""

import pytest
from wagtail.models import Locale

from cms.models import Audience, Theme
from guide.demo import GuideDemoBuilder
from guide.demo_wegwijzer import YOUNG_AGE_TO, YOUNG_CARERS_SLUG
from guide.models import SupportOfferPage, WegwijzerPage
from guide.models.path_blocks import RESULT
from tests import factories as f

pytestmark = pytest.mark.django_db

NEEDS = [
    "informatie-en-advies",
    "praktische-hulp",
    "respijtzorg",
    "lotgenotencontact",
    "geldzaken-en-administratie",
    "werk-en-mantelzorg",
    "jonge-mantelzorgers",
    "scholing",
]
DISTRICTS = {"stad", "haven", "buiten", "hout", "poort", "pampus"}
# Answers on a walk through the carers' wegwijzer: a working carer over 25 for whom it is
# heavy (6 of 7 statements "ja" or "een beetje"), living in Almere Haven.
HEAVY_WALK = {
    "voor-wie": "ouder",
    "soort-zorg": ["regelen", "toezicht"],
    "leeftijd": "nee",
    "werk": "ja",
    "werkgever": "nee",
    **{f"balans.{number}": "ja" for number in range(1, 6)},
    "balans.6": "beetje",
    "balans.7": "nee",
    "hulp": ["pauze", "geld"],
    "wijk": "haven",
}


@pytest.fixture
def demo(now):
    builder = GuideDemoBuilder(admin=f.superuser(), now=now)
    builder.build()
    return builder


def dutch(model):
    return model.objects.filter(locale__language_code="nl")


def wegwijzer(slug):
    return dutch(WegwijzerPage).get(slug=slug)


def answers(page):
    """Every choice in the path that adds to the result: answers and balance bands."""
    for child in page.questions:
        if child.block_type == "vraag":
            yield from child.value["answers"]
        elif child.block_type == "balanscheck":
            yield from child.value["bands"]


def test_building_twice_makes_everything_once(demo, now):
    before = (SupportOfferPage.objects.count(), WegwijzerPage.objects.count())

    GuideDemoBuilder(admin=demo.admin, now=now).build()

    assert (SupportOfferPage.objects.count(), WegwijzerPage.objects.count()) == before
    assert dutch(WegwijzerPage).count() == 2


@pytest.mark.parametrize("slug", ["wegwijzer", YOUNG_CARERS_SLUG])
def test_the_stored_path_passes_the_editors_checks(demo, slug):
    page = wegwijzer(slug)
    assert page.live
    # What publishing from the admin would check: unique keys, links only further down.
    page.questions.stream_block.clean(page.questions)
    keys = [child.value["key"] for child in page.questions]
    for index, child in enumerate(page.questions):
        value = child.value
        targets = (
            [a["next_question"] for a in value["answers"]]
            if child.block_type == "vraag"
            else [b["next_question"] for b in value["bands"]]
            if child.block_type == "balanscheck"
            else [value["next_question"]]
        )
        for target in filter(None, targets):
            assert target == RESULT or keys.index(target) > index, (child.value["key"], target)


@pytest.mark.parametrize("slug", ["wegwijzer", YOUNG_CARERS_SLUG])
def test_every_answer_has_a_key_and_known_themes_and_audiences(demo, slug):
    page = wegwijzer(slug)
    raw_answers = [
        item["value"]
        for child in page.questions.raw_data
        if child["type"] == "vraag"
        for item in child["value"]["answers"]
    ]
    assert raw_answers and all(answer["key"] for answer in raw_answers)
    themes = {slug for item in answers(page) for slug in item["themes"]}
    audiences = {slug for item in answers(page) for slug in item["audiences"]}
    assert themes <= set(Theme.objects.values_list("slug", flat=True))
    assert audiences <= set(Audience.objects.values_list("slug", flat=True))
    assert all(offer is not None for item in answers(page) for offer in item["offers"])


def test_the_carers_wegwijzer_has_branches_and_a_balance_check(demo):
    page = wegwijzer("wegwijzer")
    by_key = {child.value["key"]: child for child in page.questions}
    assert len(by_key) >= 8
    assert {"voor-wie", "soort-zorg", "leeftijd", "werk", "balans", "hulp", "wijk"} <= set(by_key)
    age = {a["key"]: a for a in by_key["leeftijd"].value["answers"]}
    assert age["ja"]["age_to"] == YOUNG_AGE_TO and "jonge-mantelzorgers" in age["ja"]["themes"]
    assert age["ja"]["next_question"] != age["nee"]["next_question"]
    work = {a["key"]: a for a in by_key["werk"].value["answers"]}
    assert work["ja"]["next_question"] == ""  # on to the employer question below it
    assert work["nee"]["next_question"] == "balans"
    balance = by_key["balans"].value
    assert 6 <= len(balance["statements"]) <= 8
    assert balance["source"] == "Vrij naar de EDIZ-plus (Movisie); eigen zinnen"
    heavy = max(balance["bands"], key=lambda band: band["min_score"])
    assert [band["min_score"] for band in balance["bands"]] == [0, 3, 6]
    assert "respijtzorg" in heavy["themes"]
    heavy_offers = SupportOfferPage.objects.filter(pk__in=heavy["offers"])
    assert "Gesprek met een mantelzorgconsulent" in [offer.title for offer in heavy_offers]
    assert by_key["hulp"].value["multiple"]
    assert {theme for a in by_key["hulp"].value["answers"] for theme in a["themes"]} >= {
        "informatie-en-advies",
        "praktische-hulp",
        "respijtzorg",
        "lotgenotencontact",
        "geldzaken-en-administratie",
        "scholing",
    }
    assert page.result_intro and page.callback_intro and page.intro


def test_the_young_carers_version_is_for_young_people(demo):
    page = wegwijzer(YOUNG_CARERS_SLUG)
    assert 4 <= len(page.questions) <= 5
    choices = [item for child in page.questions if child.block_type == "vraag"
               for item in child.value["answers"]]  # fmt: skip
    assert all(answer["age_to"] == YOUNG_AGE_TO for answer in choices)
    assert all("jonge-mantelzorgers" in answer["themes"] for answer in choices)


def test_english_copies_keep_the_keys(demo):
    english = Locale.objects.get(language_code="en")
    for slug in ("wegwijzer", YOUNG_CARERS_SLUG):
        page = wegwijzer(slug)
        copy = page.get_translation(english)
        assert copy.live and copy.title != page.title
        assert [c.value["key"] for c in copy.questions] == [c.value["key"] for c in page.questions]
        for dutch_answer, english_answer in zip(answers(page), answers(copy), strict=True):
            assert english_answer.get("key") == dutch_answer.get("key")
    vmca_offers = dutch(SupportOfferPage).filter(vmca_service=True)
    assert vmca_offers.count() == 8
    for offer in vmca_offers:
        assert offer.get_translation(english).live


def test_the_map_has_offers_on_every_need(demo):
    offers = dutch(SupportOfferPage).live()
    assert offers.count() >= 40
    assert offers.values("provider").distinct().count() >= 12
    districts = {
        (o.wijk.district or o.wijk).slug for o in offers.select_related("wijk__district") if o.wijk
    }
    assert districts >= DISTRICTS
    for need in NEEDS:
        assert offers.filter(themes__slug=need).count() >= 4, need
    vmca_needs = set(offers.filter(vmca_service=True).values_list("themes__slug", flat=True))
    assert {"informatie-en-advies", "respijtzorg", "lotgenotencontact"} <= vmca_needs
    assert offers.filter(max_age__lte=24).exists() and offers.filter(min_age=18).exists()


def test_a_heavy_walk_shows_the_consulent_and_respite(demo, client):
    page = wegwijzer("wegwijzer")

    response = client.get(page.url, HEAVY_WALK)

    assert response.status_code == 200
    text = response.content.decode()
    assert "Het is zwaar" in text
    assert "Gesprek met een mantelzorgconsulent" in text
    assert "Respijtzorg regelen met VMCA" in text
    # Over 25: nothing only for young people.
    assert "Coach voor jonge mantelzorgers" not in text


def test_the_pages_answer(demo, client):
    for page in WegwijzerPage.objects.live():
        assert client.get(page.url).status_code == 200, page.url
