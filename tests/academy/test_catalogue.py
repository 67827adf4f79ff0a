"""The public catalogue: the course overview (order, cards, filters, pagination, bad input,
query counts) and a course page (editions, sessions, prices, accreditation, JSON-LD)."""

import datetime as dt
import json
import re
import time
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.catalogue.cards import price_summary
from academy.catalogue.listing_cache import LISTING_CACHE_SECONDS
from academy.formatting import format_money, format_points
from academy.models import AccreditationRegister, CoursePrice, Edition, EditionStatus
from academy.services import registration as services
from tests import factories as f

from .conftest import catalogue, course, edition, in_days, participant

pytestmark = pytest.mark.django_db

URL = "/vrijwilligersacademie/"


def titles(response):
    return re.findall(r'data-course-title="([^"]+)"', response.content.decode())


def text(response):
    """The page as a reader sees it: tags removed, spaces folded."""
    html = response.content.decode()
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def json_ld(response):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in blocks]


def register():
    return AccreditationRegister.objects.order_by("pk").first()


def audience(name="Mantelzorgers", slug="mantelzorgers"):
    from cms.models import Audience

    return Audience.objects.create(name=name, slug=slug)


def fill(ed, people):
    for _ in range(people):
        services.register(ed.pk, participant())


# Money and prices ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "expected"),
    [(0, "€ 0,00"), (4500, "€ 45,00"), (1995, "€ 19,95"), (125000, "€ 1.250,00"), (5, "€ 0,05")],
)
def test_money_is_written_the_dutch_way(cents, expected):
    assert format_money(cents) == expected


def test_points_drop_needless_decimals():
    from decimal import Decimal

    assert format_points(Decimal("4.0")) == "4"
    assert format_points(Decimal("2.5")) == "2,5"


def test_price_summary_names_who_pays_what():
    def prices(**amounts):
        return [CoursePrice(participant_type=kind, amount_cents=c) for kind, c in amounts.items()]

    assert price_summary([]) == "Gratis"
    assert price_summary(prices(vrijwilliger=0, mantelzorger=0)) == "Gratis"
    assert (
        price_summary(prices(vrijwilliger=0, mantelzorger=0, professional=4500))
        == "Gratis voor vrijwilligers en mantelzorgers · € 45,00 voor professionals"
    )
    assert (
        price_summary(prices(professional=4500))
        == "€ 45,00 voor professionals · gratis voor anderen"
    )


# The overview ----------------------------------------------------------------------------------


def test_bookable_courses_come_first_soonest_first_then_new_dates_to_follow(academy):
    later = course(title="Later")
    edition(later, starts_in_days=40)
    sooner = course(title="Eerder")
    edition(sooner, starts_in_days=10)
    course(title="Zonder data")
    not_open = course(title="Nog niet open")
    edition(not_open, starts_in_days=5, status=EditionStatus.PLANNED)
    cancelled = course(title="Geannuleerd")
    edition(cancelled, starts_in_days=3, status=EditionStatus.CANCELLED)
    course(title="Concept", publish_it=False)

    response = client_get(URL)

    assert response.status_code == 200
    assert titles(response)[:3] == ["Eerder", "Later", "Nog niet open"]
    assert set(titles(response)[3:]) == {"Zonder data", "Geannuleerd"}
    assert "Concept" not in titles(response)


def client_get(url, **params):
    from django.test import Client

    return Client().get(url, params)


def test_card_shows_format_dates_prices_accreditation_and_places(academy):
    page = course(
        title="Omgaan met eenzaamheid",
        intro="Leer eenzaamheid herkennen en bespreken.",
        format="blended",
        prices={"vrijwilliger": 0, "mantelzorger": 0, "professional": 4500},
        accreditations=[(register(), "ACC-123", 4)],
    )
    ed = edition(page, capacity=10, starts_in_days=14)
    fill(ed, 3)

    response = client_get(URL)
    words = text(response)

    assert "Omgaan met eenzaamheid" in words
    assert "Leer eenzaamheid herkennen en bespreken." in words
    assert "Op locatie en online" in words
    assert "Gratis voor vrijwilligers en mantelzorgers · € 45,00 voor professionals" in words
    assert f"{register().short_name}: 4 punten" in words
    assert "Nog 7 plaatsen" in words
    start = timezone.localtime(ed.first_start)
    assert f'datetime="{start.isoformat()}"' in response.content.decode()


def test_full_course_says_waiting_list_and_course_without_dates_says_new_dates(academy):
    full = course(title="Vol")
    fill(edition(full, capacity=1), 1)
    marked_full = course(title="Vol gezet")
    edition(marked_full, capacity=10, status=EditionStatus.FULL)
    course(title="Later weer")

    words = text(client_get(URL))

    assert words.count("Vol – wachtlijst") == 2
    assert "Nieuwe data volgen" in words


def test_people_waiting_keep_the_course_full_even_with_a_free_place(academy):
    page = course(title="Wachtlijst eerst")
    ed = edition(page, capacity=1)
    services.register(ed.pk, participant())
    services.register(ed.pk, participant())  # waits
    Edition.objects.filter(pk=ed.pk).update(capacity=2)  # staff add a place

    words = text(client_get(URL))

    # The person waiting is first in line for that place, so a newcomer joins the list too.
    assert "Vol – wachtlijst" in words


@pytest.fixture
def classified(academy):
    """Courses that differ in one way each, to filter on."""
    stad = f.wijk("Almere Stad", slug="stad")
    muziekwijk = f.wijk("Muziekwijk", slug="muziekwijk", district=stad)
    haven = f.wijk("Almere Haven", slug="haven")
    eenzaamheid = f.theme("Eenzaamheid", slug="eenzaamheid")
    mantelzorgers = audience()
    pages = {
        "thema": course(title="Met thema", themes=[eenzaamheid]),
        "doelgroep": course(title="Voor mantelzorgers", audiences=[mantelzorgers]),
        "wijk-cursus": course(title="Cursus in Muziekwijk", wijk=muziekwijk),
        "wijk-editie": course(title="Editie in Haven"),
        "online": course(title="Online cursus", format="online"),
        "betaald": course(title="Betaalde cursus", prices={"professional": 4500}),
        "geaccrediteerd": course(title="Met punten", accreditations=[(register(), "X1", 2)]),
        "laat": course(title="Laat in het jaar"),
        "zoek": course(title="Gesprekstechnieken", learning_goals="<p>Actief luisteren</p>"),
    }
    for key, page in pages.items():
        if key == "wijk-editie":
            edition(page, starts_in_days=10, wijk=haven)
        elif key == "laat":
            edition(page, starts_in_days=120)
        else:
            edition(page, starts_in_days=10)
    return pages


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"thema": "eenzaamheid"}, ["Met thema"]),
        ({"doelgroep": "mantelzorgers"}, ["Voor mantelzorgers"]),
        ({"wijk": "stad"}, ["Cursus in Muziekwijk"]),  # a district includes its neighbourhoods
        ({"wijk": "muziekwijk"}, ["Cursus in Muziekwijk"]),
        ({"wijk": "haven"}, ["Editie in Haven"]),  # the edition's wijk counts too
        ({"vorm": "online"}, ["Online cursus"]),
        ({"kosten": "betaald"}, ["Betaalde cursus"]),
        ({"accreditatie": "on"}, ["Met punten"]),
        ({"q": "luisteren"}, ["Gesprekstechnieken"]),
        ({"q": "GESPREKS"}, ["Gesprekstechnieken"]),
    ],
)
def test_filters(classified, query, expected):
    response = client_get(URL, **query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_free_filter_leaves_out_courses_with_a_fee_for_anyone(classified):
    found = titles(client_get(URL, kosten="gratis"))

    assert "Betaalde cursus" not in found
    assert len(found) == len(classified) - 1


def test_date_range_uses_the_first_session_of_an_edition(classified):
    day = timezone.localdate() + dt.timedelta(days=120)

    assert titles(client_get(URL, van=day.isoformat())) == ["Laat in het jaar"]
    early = titles(client_get(URL, tot=(day - dt.timedelta(days=1)).isoformat()))
    assert "Laat in het jaar" not in early and len(early) == len(classified) - 1
    assert titles(client_get(URL, van=day.isoformat(), tot=day.isoformat())) == ["Laat in het jaar"]


@pytest.mark.parametrize(
    "query",
    [
        "thema=bestaat-niet",
        "doelgroep=robots",
        "wijk=atlantis",
        "vorm=fiets",
        "kosten=misschien",
        "van=gisteren",
        "van=2027-13-45",
        "tot=29-03-2027x",
        "van=2020-05-01&tot=2020-04-01",
        "q=" + "x" * 500,
        "thema=%3Cscript%3Ealert(1)%3C/script%3E",
        "thema=a&thema=b",
        "van=%00",
    ],
)
def test_bad_filters_answer_400_with_a_dutch_explanation(academy, query):
    edition(course(title="Werkcafé training"))

    from django.test import Client

    response = Client(raise_request_exception=True).get(f"{URL}?{query}")
    html = response.content.decode()

    assert response.status_code == 400
    assert "Een filter klopt niet" in html
    assert 'class="errorlist' in html
    assert "<script>alert" not in html
    assert titles(response) == ["Werkcafé training"]  # the other filters still apply


def test_odd_page_numbers_are_page_one_and_missing_pages_are_404(academy, settings):
    settings.LISTING_PAGE_SIZE = 2
    for number in range(5):
        edition(course(title=f"Training {number}"), starts_in_days=10 + number)

    second = client_get(URL, page=2)

    assert second.status_code == 200
    assert titles(second) == ["Training 2", "Training 3"]
    assert "pagina 2 van 3" in text(second)
    assert titles(client_get(URL, page="abc")) == ["Training 0", "Training 1"]
    assert client_get(URL, page=99).status_code == 404
    filtered = client_get(URL, q="Training", page=2).content.decode()
    assert "q=Training" in filtered.split("Paginering")[-1]


def test_catalogue_queries_do_not_grow_with_the_number_of_courses(academy):
    from django.core.cache import cache

    stad = f.wijk("Almere Stad", slug="stad")
    theme = f.theme("Taal", slug="taal")
    filtered = {"thema": "taal", "kosten": "betaald", "wijk": "stad"}

    def count_queries(cold, **params):
        # The cached cards also key on a one-minute time slot: a count taken across the
        # turn of a slot measures a cold cache, so such a count is taken again.
        while True:
            slot = int(time.time()) // LISTING_CACHE_SECONDS
            client_get(URL, **params)
            client_get(URL, **params)  # the first request after a change fills the caches
            if cold:
                cache.clear()  # nothing cached: the cards are built from the database
            with CaptureQueriesContext(connection) as queries:
                response = client_get(URL, **params)
            assert response.status_code == 200
            if int(time.time()) // LISTING_CACHE_SECONDS == slot:
                return len(queries)

    def add_course(number):
        page = course(
            title=f"Training {number}",
            prices={"vrijwilliger": 0, "professional": 2500},
            accreditations=[(register(), f"A{number}", 3)],
            themes=[theme],
            wijk=stad,
        )
        edition(page, starts_in_days=5 + number, capacity=5)
        edition(page, starts_in_days=40 + number, capacity=5, status=EditionStatus.FULL)

    add_course(0)
    one = {
        (cold, bool(params)): count_queries(cold, **params)
        for cold in (True, False)
        for params in ({}, filtered)
    }
    for number in range(1, 30):
        add_course(number)
    thirty = {
        (cold, bool(params)): count_queries(cold, **params)
        for cold in (True, False)
        for params in ({}, filtered)
    }

    assert thirty == one
    assert one[(False, False)] < one[(True, False)] <= 25


def test_cached_cards_follow_places_and_states(academy):
    page = course(title="Snel vol")
    ed = edition(page, capacity=2)
    assert "Nog 2 plaatsen" in text(client_get(URL))

    services.register(ed.pk, participant())
    assert "Nog 1 plaats" in text(client_get(URL))

    ed.status = EditionStatus.CANCELLED
    ed.save()
    assert "Nieuwe data volgen" in text(client_get(URL))


# A course page ---------------------------------------------------------------------------------


@pytest.fixture
def course_page(academy):
    trainer = f.person("Sanne", "de Vries", job_title="Trainer taalcoaching", is_trainer=True)
    page = course(
        title="Taalvrijwilliger worden",
        slug="taalvrijwilliger",
        intro="Helpen met Nederlands leren.",
        learning_goals="<ul><li>Eenvoudig uitleggen</li></ul>",
        format="blended",
        duration="3 bijeenkomsten van 2,5 uur",
        study_load_hours="7.5",
        prices={"vrijwilliger": 0, "professional": 4500},
        accreditations=[(register(), "REG-2027-01", "2.5")],
        trainers=[trainer],
        audiences=[audience("Vrijwilligers", "vrijwilligers")],
    )
    open_edition = edition(page, capacity=8, starts_in_days=14, sessions=3, name="Voorjaar")
    session = open_edition.sessions.first()
    session.online_url = "https://teams.example/geheim-gesprek"
    session.save()
    full_edition = edition(page, capacity=1, starts_in_days=30)
    fill(full_edition, 1)
    later = edition(page, starts_in_days=60, registration_opens=in_days(20, 9, 0), name="Najaar")
    closed = edition(page, starts_in_days=5, registration_closes=in_days(-1), name="Gesloten")
    cancelled = edition(page, starts_in_days=45, status=EditionStatus.CANCELLED, name="Afgelast")
    past = edition(page, starts_in_days=-20, name="Voorbij")
    return {
        "page": page,
        "open": open_edition,
        "full": full_edition,
        "later": later,
        "closed": closed,
        "cancelled": cancelled,
        "past": past,
    }


def test_course_page_shows_what_a_visitor_needs_to_decide(course_page):
    response = client_get("/vrijwilligersacademie/taalvrijwilliger/")
    words = text(response)

    assert response.status_code == 200
    for expected in (
        "Wat leert u?",
        "Eenvoudig uitleggen",
        "Op locatie en online",
        "3 bijeenkomsten van 2,5 uur",
        "7,5 uur",
        "Vrijwilligers",
        "Sanne de Vries",
        "Trainer taalcoaching",
        "€ 45,00",
        register().name,
        "REG-2027-01",
        "2,5",
    ):
        assert expected in words, expected


def test_course_page_lists_editions_with_sessions_and_what_you_can_do(course_page):
    response = client_get("/vrijwilligersacademie/taalvrijwilliger/")
    html = re.sub(r"<script.*?</script>", "", response.content.decode(), flags=re.S)
    words = text(response)
    enrol = "/academie/aanmelden/{}/"

    assert words.count("Buurtcentrum De Schakel") >= 3
    assert "3 bijeenkomsten" in words
    first = timezone.localtime(course_page["open"].first_start)
    assert f"{first.hour}.{first.minute:02d}" in words
    assert "teams.example" not in html  # the online link is for participants only
    assert "U krijgt de link als u bent aangemeld" in words
    assert "Nog 8 plaatsen" in words
    assert enrol.format(course_page["open"].pk) in html
    assert "Aanmelden voor de wachtlijst" in words
    assert enrol.format(course_page["full"].pk) in html
    assert "U kunt zich aanmelden vanaf" in words
    assert enrol.format(course_page["later"].pk) not in html
    assert "Aanmelden voor deze groep kan niet meer" in words
    assert enrol.format(course_page["closed"].pk) not in html
    assert "Afgelast" in words and "Geannuleerd" in words
    assert enrol.format(course_page["cancelled"].pk) not in html
    assert "Voorbij" not in words


def test_course_page_has_course_json_ld_with_its_instances(course_page):
    response = client_get("/vrijwilligersacademie/taalvrijwilliger/")
    (data,) = json_ld(response)

    assert data["@type"] == "Course"
    assert data["name"] == "Taalvrijwilliger worden"
    assert data["provider"]["name"] == "VMCA Almere"
    instances = {instance["name"]: instance for instance in data["hasCourseInstance"]}
    assert "Taalvrijwilliger worden (Voorbij)" not in instances
    spring = instances["Taalvrijwilliger worden (Voorbij)".replace("Voorbij", "Voorjaar")]
    assert spring["courseMode"] == "Blended"
    start = timezone.localtime(course_page["open"].first_start)
    assert spring["startDate"] == start.isoformat()
    assert re.search(r"[+-]\d\d:\d\d$", spring["endDate"])
    assert spring["location"][0]["name"] == "Buurtcentrum De Schakel"
    assert "teams.example" not in json.dumps(data)
    offers = {offer["category"]: offer for offer in spring["offers"]}
    assert offers["Professional in zorg of welzijn"]["price"] == "45.00"
    assert offers["Vrijwilliger"]["price"] == "0.00"
    assert all(offer["priceCurrency"] == "EUR" for offer in spring["offers"])
    assert offers["Vrijwilliger"]["availability"] == "https://schema.org/InStock"
    assert (
        instances["Taalvrijwilliger worden (Afgelast)"]["eventStatus"]
        == "https://schema.org/EventCancelled"
    )
    assert spring["courseWorkload"] == "PT7H30M"


def test_course_page_without_editions_says_new_dates_follow(academy):
    course(title="Nog geen data", slug="nog-geen-data")

    response = client_get("/vrijwilligersacademie/nog-geen-data/")

    assert response.status_code == 200
    assert "Nieuwe data volgen" in text(response)
    (data,) = json_ld(response)
    assert "hasCourseInstance" not in data


def test_course_page_queries_do_not_grow_with_sessions(academy):
    page = course(title="Veel", slug="veel")
    edition(page, sessions=1)

    def count():
        client_get("/vrijwilligersacademie/veel/")
        client_get("/vrijwilligersacademie/veel/")
        with CaptureQueriesContext(connection) as queries:
            client_get("/vrijwilligersacademie/veel/")
        return len(queries)

    one = count()
    for number in range(4):
        edition(page, sessions=6, starts_in_days=20 + number)

    assert count() == one


def test_catalogue_is_its_own_page_type_under_home(academy):
    assert catalogue().url == URL
