"""The vacancy search: every filter, sorting, pages, bad values, only live vacancies, and a
number of queries that does not grow with the number of vacancies."""

import datetime as dt
import re
from html import unescape

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from volunteering.finding import VacancyFilterForm, describe, find_vacancies, query_string
from volunteering.models import OrganisationStatus, VacancyStatus

from . import builders as b

pytestmark = pytest.mark.django_db

URL = "/vacaturebank/"


@pytest.fixture
def index():
    return b.vacancy_index()


def titles(response):
    return re.findall(r'class="card__link" href="[^"]+">([^<]+)</a>', response.content.decode())


def text(response):
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def search(client, **params):
    return client.get(URL, params)


def test_search_page_lists_live_vacancies_with_cards(client, index, now):
    org = b.organisation("Buurthuis De Schakel", now=now)
    district = b.wijk("Almere Buiten")
    b.vacancy(
        org,
        now=now,
        title="Gastvrouw buurthuis",
        wijk=district,
        commitment="korte-klus",
        hours_per_week=4,
        for_young_people=True,
        little_dutch=True,
        guidance=True,
    )
    b.vacancy(org, now=now, title="Online taalmaatje", remote=True)
    response = search(client)
    assert response.status_code == 200
    page = text(response)
    assert "2 vacatures" in page
    assert "Buurthuis De Schakel" in page
    assert "Almere Buiten" in page
    assert "Online / vanuit huis" in page
    assert "Korte klus · 4 uur per week" in page
    for badge in ("Geschikt voor jongeren", "Weinig Nederlands nodig", "Met begeleiding"):
        assert badge in page
    expires = timezone.localdate(now) + dt.timedelta(days=90)
    assert expires.isoformat() in response.content.decode()
    assert '<form class="filters vacancy-filters" method="get"' in response.content.decode()
    # The help link and the alert sign-up have their place on the page.
    assert "hulp-bij-zoeken/" in response.content.decode()


def test_nothing_found_gives_advice(client, index, now):
    b.vacancy(now=now, title="Chauffeur")
    response = search(client, q="zzzonbekend")
    assert response.status_code == 200
    page = text(response)
    assert "Geen vacatures gevonden" in page
    assert "Kies minder filters" in page


def test_free_text_searches_title_summary_tasks_and_organisation(client, index, now):
    org = b.organisation("Voedselbank Almere", now=now)
    b.vacancy(org, now=now, title="Chauffeur bestelbus")
    b.vacancy(now=now, title="Tuinman", tasks="U snoeit de heg van de moestuin.")
    b.vacancy(now=now, title="Voorlezer")
    assert titles(search(client, q="chauffeur")) == ["Chauffeur bestelbus"]
    assert titles(search(client, q="moestuin")) == ["Tuinman"]
    assert titles(search(client, q="voedselbank")) == ["Chauffeur bestelbus"]
    assert titles(search(client, q="voedselbank tuinman")) == []


def test_district_includes_its_neighbourhoods(client, index, now):
    buiten = b.wijk("Almere Buiten")
    regenboog = b.wijk("Regenboogbuurt", district=buiten)
    haven = b.wijk("Almere Haven")
    b.vacancy(now=now, title="In het stadsdeel", wijk=buiten)
    b.vacancy(now=now, title="In de buurt", wijk=regenboog)
    b.vacancy(now=now, title="In Haven", wijk=haven)
    b.vacancy(now=now, title="Vanuit huis", remote=True)
    assert sorted(titles(search(client, wijk="almere-buiten"))) == [
        "In de buurt",
        "In het stadsdeel",
    ]
    assert titles(search(client, wijk="regenboogbuurt")) == ["In de buurt"]
    assert titles(search(client, wijk="almere-haven")) == ["In Haven"]


def test_theme_filter_may_repeat(client, index, now):
    zorg, sport, taal = b.theme("Zorg"), b.theme("Sport"), b.theme("Taal")
    b.vacancy(now=now, title="Zorg en sport", themes=[zorg, sport])
    b.vacancy(now=now, title="Alleen taal", themes=[taal])
    b.vacancy(now=now, title="Geen thema")
    assert titles(search(client, thema="zorg")) == ["Zorg en sport"]
    # Two chosen themes: either one, and a vacancy with both is listed once.
    response = client.get(URL + "?thema=zorg&thema=sport&thema=taal")
    assert sorted(titles(response)) == ["Alleen taal", "Zorg en sport"]


def test_time_and_hours_filters(client, index, now):
    b.vacancy(now=now, title="Eenmalig", commitment="eenmalig", hours_per_week=6)
    b.vacancy(now=now, title="Korte klus", commitment="korte-klus", hours_per_week=2)
    b.vacancy(now=now, title="Vast", commitment="vast", hours_per_week=8)
    assert titles(search(client, tijd="korte-klus")) == ["Korte klus"]
    assert titles(search(client, tijd="eenmalig")) == ["Eenmalig"]
    assert sorted(titles(search(client, uren="4"))) == ["Korte klus"]
    assert sorted(titles(search(client, uren="8"))) == ["Eenmalig", "Korte klus", "Vast"]


@pytest.mark.parametrize(
    "param, field",
    [
        ("online", "remote"),
        ("jongeren", "for_young_people"),
        ("weinig-nederlands", "little_dutch"),
        ("begeleiding", "guidance"),
    ],
)
def test_yes_no_filters(client, index, now, param, field):
    b.vacancy(now=now, title="Met", **{field: True})
    b.vacancy(now=now, title="Zonder")
    assert titles(search(client, **{param: "1"})) == ["Met"]
    # What a browser sends for a box without a value.
    assert titles(search(client, **{param: "on"})) == ["Met"]


def test_sort_by_newest_and_by_closing_date(client, index, now):
    today = timezone.localdate(now)
    b.vacancy(
        now=now,
        title="Oud, sluit laat",
        published_at=now - dt.timedelta(days=20),
        expires_on=today + dt.timedelta(days=100),
    )
    b.vacancy(
        now=now,
        title="Nieuw, sluit middel",
        published_at=now - dt.timedelta(days=1),
        expires_on=today + dt.timedelta(days=50),
    )
    b.vacancy(
        now=now,
        title="Middel, sluit snel",
        published_at=now - dt.timedelta(days=5),
        expires_on=today,
    )
    newest = ["Nieuw, sluit middel", "Middel, sluit snel", "Oud, sluit laat"]
    assert titles(search(client)) == newest
    assert titles(search(client, sorteer="nieuw")) == newest
    assert titles(search(client, sorteer="sluit")) == [
        "Middel, sluit snel",
        "Nieuw, sluit middel",
        "Oud, sluit laat",
    ]


def test_pages_keep_the_filters_in_the_address(client, index, now, settings):
    settings.LISTING_PAGE_SIZE = 2
    for number in range(5):
        b.vacancy(
            now=now,
            title=f"Klus {number}",
            commitment="korte-klus",
            published_at=now - dt.timedelta(hours=number),
        )
    b.vacancy(now=now, title="Vast werk")
    first = search(client, tijd="korte-klus")
    assert titles(first) == ["Klus 0", "Klus 1"]
    html = first.content.decode()
    assert 'href="/vacaturebank/?tijd=korte-klus&amp;pagina=2"' in html
    assert "(pagina 1 van 3)" in text(first)
    assert titles(search(client, tijd="korte-klus", pagina="3")) == ["Klus 4"]
    assert search(client, tijd="korte-klus", pagina="4").status_code == 404


@pytest.mark.parametrize(
    "params, field_id, message",
    [
        ({"wijk": "bestaat-niet"}, "id_wijk", "Deze wijk kennen we niet"),
        ({"thema": "bestaat-niet"}, "id_thema", "Dit thema kennen we niet"),
        ({"tijd": "altijd"}, "id_tijd", "Kies eenmalig, korte klus of regelmatig"),
        ({"uren": "veel"}, "id_uren", "Kies een aantal uren uit de lijst"),
        ({"uren": "3"}, "id_uren", "Kies een aantal uren uit de lijst"),
        ({"sorteer": "prijs"}, "id_sorteer", "Sorteer op nieuwste of op sluitingsdatum"),
        ({"pagina": "twee"}, "id_pagina", "Dit paginanummer klopt niet"),
        ({"q": "x" * 101}, "id_q", "Uw zoekwoord is te lang"),
    ],
)
def test_bad_values_get_a_dutch_message_and_400(client, index, now, params, field_id, message):
    b.vacancy(now=now, title="Gastvrouw", commitment="korte-klus")
    params = params if "tijd" in params else {"tijd": "korte-klus", **params}
    response = search(client, **params)
    assert response.status_code == 400
    assert message in text(response)
    assert "Een filter klopt niet" in text(response)
    # The page still lists what the other (valid) filters find.
    assert titles(response) == ["Gastvrouw"]
    if field_id != "id_pagina":
        assert f'href="#{field_id}' in response.content.decode()


def test_not_live_vacancies_never_appear(client, index, now):
    today = timezone.localdate(now)
    b.vacancy(now=now, title="Online")
    b.vacancy(now=now, title="Concept", live=False)
    b.vacancy(now=now, title="Ingediend", live=False, status=VacancyStatus.SUBMITTED)
    b.vacancy(now=now, title="Verlopen", expires_on=today - dt.timedelta(days=1))
    b.vacancy(now=now, title="Gesloten", status=VacancyStatus.CLOSED)
    suspended = b.organisation(status=OrganisationStatus.SUSPENDED, now=now)
    b.vacancy(suspended, now=now, title="Organisatie geschorst")
    pending = b.organisation(status=OrganisationStatus.PENDING, now=now)
    b.vacancy(pending, now=now, title="Organisatie wacht")
    no_account = b.organisation(status=None, now=now)
    b.vacancy(no_account, now=now, title="Geen account")
    assert titles(search(client)) == ["Online"]
    assert titles(search(client, q="e")) == ["Online"]


def test_a_vacancy_is_live_through_its_last_day(client, index, now):
    b.vacancy(now=now, title="Laatste dag", expires_on=timezone.localdate(now))
    assert titles(search(client)) == ["Laatste dag"]


def _count_queries(client, url):
    # Twice first: the menus, site settings and filter choices are cached by then.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_vacancies(client, index, now, settings):
    settings.LISTING_PAGE_SIZE = 50
    district = b.wijk("Almere Stad")
    zorg = b.theme("Zorg")
    for number in range(5):
        b.vacancy(now=now, wijk=district, themes=[zorg], for_young_people=number % 2 == 0)
    urls = [URL, URL + "?wijk=almere-stad&thema=zorg&tijd=vast&q=vrijwilliger&jongeren=1"]
    few = [_count_queries(client, url) for url in urls]
    for number in range(25):
        org = b.organisation(now=now)
        b.vacancy(org, now=now, wijk=district, themes=[zorg], for_young_people=number % 2 == 0)
    many = [_count_queries(client, url) for url in urls]
    assert many == few
    assert max(many) <= 12


# The form for the alerts: a stored query string read back -------------------------------------


def test_a_stored_query_string_finds_the_same_vacancies(index, now):
    buiten = b.wijk("Almere Buiten")
    zorg = b.theme("Zorg")
    match = b.vacancy(now=now, wijk=buiten, themes=[zorg], commitment="korte-klus")
    b.vacancy(now=now, wijk=buiten, commitment="vast")
    form = VacancyFilterForm(QueryDict("tijd=korte-klus&wijk=almere-buiten&thema=zorg"))
    assert form.is_valid(), form.errors
    assert list(find_vacancies(form.cleaned_data, now)) == [match]
    assert describe(form.cleaned_data) == "Korte klus · Almere Buiten · Zorg"
    # The canonical order, whatever order the parameters came in.
    assert query_string(form.cleaned_data) == "wijk=almere-buiten&thema=zorg&tijd=korte-klus"


def test_canonical_query_string_leaves_out_defaults_and_empty_values(index, now):
    b.theme("Zorg")
    b.theme("Sport")
    form = VacancyFilterForm(
        QueryDict("sorteer=nieuw&q=&thema=zorg&thema=sport&online=on&uren=4&pagina=1")
    )
    assert form.is_valid(), form.errors
    assert query_string(form.cleaned_data) == "thema=sport&thema=zorg&uren=4&online=1"
    assert query_string(form.cleaned_data, page=3).endswith("&pagina=3")
    assert describe({}) == "Alle vacatures"
    assert describe(form.cleaned_data) == (
        "hoogstens 4 uur per week · Sport · Zorg · Online / vanuit huis"
    )


def test_the_result_of_a_search_page_shows_its_summary(client, index, now):
    b.wijk("Almere Haven")
    response = search(client, tijd="eenmalig", wijk="almere-haven")
    assert "U zoekt: Eenmalig · Almere Haven" in text(response)


@pytest.mark.parametrize(
    ("params", "open_"),
    [
        # What the form sends after choosing only a wijk and a kind of work.
        (
            {
                "q": "",
                "wijk": "almere-buiten",
                "tijd": "korte-klus",
                "uren": "",
                "sorteer": "nieuw",
            },
            False,
        ),
        ({"thema": "zorg", "sorteer": "nieuw"}, True),
        ({"jongeren": "1"}, True),
        ({"uren": "4"}, True),
        ({"sorteer": "sluit"}, True),
        # An error in a folded filter is never hidden.
        ({"uren": "veel"}, True),
    ],
)
def test_more_filters_open_only_when_one_of_them_is_chosen(client, index, params, open_):
    b.wijk("Almere Buiten")
    b.theme("Zorg")
    html = search(client, **params).content.decode()
    details = re.search(r'<details class="vacancy-filters__more"[^>]*>', html).group(0)
    assert (" open" in details) == open_


def test_cached_cards_follow_a_changed_vacancy(client, index, now):
    vacancy = b.vacancy(now=now, title="Oude titel")
    assert "Oude titel" in titles(search(client))
    vacancy.title = "Nieuwe titel"
    vacancy.save()
    assert titles(search(client)) == ["Nieuwe titel"]
