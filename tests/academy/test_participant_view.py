"""What a participant sees of their own bookings outside the enrol form: the course page says
where they stand instead of offering "Aanmelden" again, the enrol page of a second group of the
same course warns first, the catalogue badge names the date that has places, and Mijn academie
marks the current section, keeps signing out apart and shows the QR code on demand."""

import datetime as dt
import re
import time
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format

from academy.models import Registration, RegistrationStatus
from academy.services import registration as services
from tests import factories as f

from .conftest import book, course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus
CATALOGUE = "/vrijwilligersacademie/"


def text(response):
    """The page as a reader sees it: tags removed, spaces folded."""
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def dutch(moment, pattern):
    with translation.override("nl"):
        return date_format(timezone.localtime(moment), pattern)


def signed_in(client, **kwargs):
    user, person = user_with_participant(**kwargs)
    client.force_login(user)
    return user, person


def enrol_url(ed):
    return reverse("academy:enrol", args=[ed.pk])


def edition_block(response, ed):
    """The HTML of one edition on a course page."""
    html = response.content.decode()
    match = re.search(
        rf'<article class="edition[^"]*" aria-labelledby="edition-{ed.pk}-title">.*?</article>',
        html,
        re.S,
    )
    assert match, f"edition {ed.pk} is not on the page"
    return match.group(0)


# The catalogue badge ---------------------------------------------------------------------------


def test_card_badge_names_the_date_with_places_when_the_first_date_is_full(academy):
    page = course(title="Eerst vol")
    full = edition(page, capacity=1, starts_in_days=10)
    services.register(full.pk, participant())
    later = edition(page, capacity=8, starts_in_days=20)

    response = Client().get(CATALOGUE)
    words = text(response)

    assert f"Nog 8 plaatsen op {dutch(later.first_start, 'j F')}" in words
    assert f"op {dutch(full.first_start, 'j F')}" not in words
    first_date = dutch(full.first_start, "l j F Y").capitalize()
    assert f"{first_date} (vol)" in words
    assert f"{dutch(later.first_start, 'l j F Y').capitalize()} (vol)" not in words


def test_card_badge_of_a_single_open_date_names_that_date(academy):
    ed = edition(course(title="Eén datum"), capacity=3, starts_in_days=12)

    words = text(Client().get(CATALOGUE))

    assert f"Nog 3 plaatsen op {dutch(ed.first_start, 'j F')}" in words


# A course page for a signed-in person ---------------------------------------------------------


@pytest.fixture
def booked_course(academy):
    """A course with four editions: the person has a place, waits, is offered a place, and has
    nothing in the fourth."""
    page = course(title="Luisteren met aandacht", slug="luisteren")
    placed = edition(page, capacity=5, starts_in_days=10)
    waiting = edition(page, capacity=1, starts_in_days=17)
    offered = edition(page, capacity=1, starts_in_days=24)
    free = edition(page, capacity=5, starts_in_days=31)
    return page, {"placed": placed, "waiting": waiting, "offered": offered, "free": free}


def book_all(editions, person):
    services.register(editions["placed"].pk, person)
    services.register(editions["waiting"].pk, participant())
    services.register(editions["waiting"].pk, participant())
    services.register(editions["waiting"].pk, person)
    holder = services.register(editions["offered"].pk, participant())
    services.register(editions["offered"].pk, person)
    services.cancel(holder)  # the place is offered to the person
    return {
        registration.edition_id: registration
        for registration in Registration.objects.filter(participant=person)
    }


def test_course_page_says_where_a_signed_in_person_stands(client, booked_course):
    page, editions = booked_course
    _user, person = signed_in(client)
    mine = book_all(editions, person)
    assert mine[editions["offered"].pk].status == S.OFFERED

    response = client.get(page.url)

    assert response.status_code == 200
    placed = edition_block(response, editions["placed"])
    assert "U bent aangemeld voor deze groep." in placed
    assert enrol_url(editions["placed"]) not in placed
    assert reverse("academy:registration", args=[mine[editions["placed"].pk].token]) in placed
    assert reverse("academy:mine") in placed
    waiting = edition_block(response, editions["waiting"])
    assert "U staat op plek 2 van de wachtlijst voor deze groep." in waiting
    assert enrol_url(editions["waiting"]) not in waiting
    offered = edition_block(response, editions["offered"])
    assert "Er staat een plek voor u klaar." in offered
    assert reverse("academy:offer", args=[mine[editions["offered"].pk].token]) in offered
    assert enrol_url(editions["offered"]) not in offered
    free = edition_block(response, editions["free"])
    assert enrol_url(editions["free"]) in free and "U bent aangemeld" not in free
    # Personal: a shared cache must not keep it.
    assert "private" in response["Cache-Control"]


def test_course_page_says_a_place_waits_for_payment(client, academy):
    page = course(title="Betaalde training", prices={"vrijwilliger": 2500})
    ed = edition(page, capacity=5)
    _user, person = signed_in(client)
    assert services.register(ed.pk, person).status == S.AWAITING_PAYMENT

    block = edition_block(client.get(page.url), ed)

    assert "Er is een plek voor u. Die wacht op uw betaling." in block
    assert enrol_url(ed) not in block


def test_ended_registration_offers_aanmelden_again(client, academy):
    page = course(title="Opnieuw")
    ed = edition(page, capacity=5)
    _user, person = signed_in(client)
    services.cancel(services.register(ed.pk, person))

    block = edition_block(client.get(page.url), ed)

    assert enrol_url(ed) in block and "U bent aangemeld" not in block


def test_anonymous_visitors_keep_the_cached_course_page_without_personal_state(
    client, booked_course, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    f.site_settings()  # made on first use otherwise, which counts as a content change
    page, editions = booked_course
    user, person = user_with_participant()
    book_all(editions, person)
    anonymous = Client()

    first = anonymous.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    assert enrol_url(editions["placed"]) in edition_block(first, editions["placed"])

    client.force_login(user)
    personal = client.get(page.url)
    assert "X-Page-Cache" not in personal  # never from, nor into, the shared cache
    assert "U bent aangemeld voor deze groep." in personal.content.decode()

    again = anonymous.get(page.url)
    assert again["X-Page-Cache"] == "hit"
    assert "U bent aangemeld" not in again.content.decode()
    assert "van de wachtlijst voor deze groep" not in again.content.decode()


def test_places_on_the_course_page_still_refresh_for_anonymous_visitors(
    client, academy, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 600
    f.site_settings()
    page = course(title="Snel vol")
    ed = edition(page, capacity=3)
    assert "Nog 3 plaatsen" in Client().get(page.url).content.decode()
    _user, person = signed_in(client)
    services.register(ed.pk, person)
    assert "U bent aangemeld voor deze groep." in client.get(page.url).content.decode()

    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 31)
    later = Client().get(page.url)
    assert "Nog 2 plaatsen" in later.content.decode()
    assert "U bent aangemeld" not in later.content.decode()


# Enrolling in a second group of the same course -----------------------------------------------


@pytest.fixture
def two_groups(academy):
    page = course(title="Rouw en verlies")
    first = edition(page, capacity=5, starts_in_days=10)
    second = edition(page, capacity=5, starts_in_days=40)
    return page, first, second


def test_enrol_page_warns_about_the_other_group_of_the_same_course(client, two_groups):
    _page, first, second = two_groups
    _user, person = signed_in(client)
    kept = services.register(first.pk, person)

    response = client.get(enrol_url(second))
    html = response.content.decode()
    words = text(response)

    assert response.status_code == 200
    assert "Let op: u bent al aangemeld voor deze training" in words
    day = dutch(first.first_start, "l j F Y")
    assert f"U hebt een plek in de groep die begint op {day}." in words
    assert f"Ik houd mijn aanmelding voor {day}" in words
    assert reverse("academy:registration", args=[kept.token]) in html
    assert f"{enrol_url(second)}?andere_groep=ja#form-title" in html
    assert "Meld mij aan" not in words  # the form waits for the choice


def test_second_group_needs_the_explicit_choice(client, two_groups):
    _page, first, second = two_groups
    _user, person = signed_in(client)
    services.register(first.pk, person)

    refused = client.post(enrol_url(second), {})
    assert refused.status_code == 409
    assert "Let op: u bent al aangemeld voor deze training" in text(refused)
    assert not Registration.objects.filter(edition=second, participant=person).exists()

    chosen = client.get(enrol_url(second), {"andere_groep": "ja"})
    assert chosen.status_code == 200
    assert "Meld mij aan" in text(chosen)
    assert '<input type="hidden" name="andere_groep" value="ja">' in chosen.content.decode()

    response = client.post(enrol_url(second), {"andere_groep": "ja"})
    assert response.status_code == 302
    registration = Registration.objects.get(edition=second, participant=person)
    assert registration.status == S.CONFIRMED
    assert Registration.objects.get(edition=first, participant=person).status == S.CONFIRMED


def test_waiting_list_in_the_other_group_warns_too(client, two_groups):
    _page, first, second = two_groups
    first.capacity = 1
    first.save()
    services.register(first.pk, participant())
    _user, person = signed_in(client)
    services.register(first.pk, person)

    words = text(client.get(enrol_url(second)))

    day = dutch(first.first_start, "l j F Y")
    assert f"U staat op de wachtlijst van de groep die begint op {day}." in words


@pytest.mark.parametrize("case", ["cancelled", "other_course", "ended"])
def test_no_warning_without_a_live_place_in_another_running_group(client, two_groups, now, case):
    page, first, second = two_groups
    _user, person = signed_in(client)
    if case == "cancelled":
        services.cancel(services.register(first.pk, person))
    elif case == "other_course":
        services.register(edition(course(title="Iets anders")).pk, person)
    else:
        book(edition(page, first_start=now - dt.timedelta(days=30)), person)

    response = client.get(enrol_url(second))

    assert response.status_code == 200
    assert "Let op: u bent al aangemeld" not in text(response)
    assert "Meld mij aan" in text(response)
    assert client.post(enrol_url(second), {}).status_code == 302


# Mijn academie --------------------------------------------------------------------------------


def nav_links(html):
    nav = re.search(r'<nav class="mine-nav".*?</nav>', html, re.S).group(0)
    return nav, re.findall(r"<a [^>]*>.*?</a>", nav, re.S)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("academy:mine", "Mijn trainingen"),
        ("academy:profile", "Mijn gegevens"),
        ("academy:feed_settings", "Mijn agenda"),
        ("academy:my_certificates", "Mijn certificaten"),
        ("academy:my_invoices", "Betalingen en facturen"),
    ],
)
def test_mine_nav_marks_the_current_section(client, academy, name, label):
    signed_in(client)

    html = client.get(reverse(name)).content.decode()

    _nav, links = nav_links(html)
    current = [link for link in links if 'aria-current="page"' in link]
    assert len(current) == 1
    assert label in current[0]


def test_a_page_below_a_section_marks_that_section(client, academy, now):
    _user, person = signed_in(client)
    registration = book(edition(first_start=now + dt.timedelta(days=14)), person)

    for url, label in (
        (reverse("academy:cancel", args=[registration.pk]), "Mijn trainingen"),
        (reverse("academy:delete_account"), "Mijn gegevens"),
    ):
        html = client.get(url).content.decode()
        _nav, links = nav_links(html)
        assert [link for link in links if 'aria-current="page"' in link] == [], url
        marked = [link for link in links if 'aria-current="true"' in link]
        assert len(marked) == 1 and label in marked[0], url


def test_signing_out_is_a_separate_action_outside_the_sections(client, academy):
    signed_in(client)

    html = client.get(reverse("academy:mine")).content.decode()

    nav, links = nav_links(html)
    assert "Uitloggen" not in nav
    assert len(links) == 5
    logout = re.search(r'<form class="mine-logout"[^>]*>.*?</form>', html, re.S).group(0)
    assert f'action="{reverse("account_logout")}"' in logout and 'method="post"' in logout
    assert '<button class="mine-logout__button" type="submit">Uitloggen</button>' in logout

    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert client.get(reverse("academy:mine")).status_code == 302  # signed out


def test_qr_code_is_shown_on_demand(client, academy):
    _user, person = signed_in(client)
    registration = services.register(edition(course(title="Met QR")).pk, person)

    html = client.get(reverse("academy:mine")).content.decode()

    details = re.search(r'<details class="checkin-code">.*?</details>', html, re.S).group(0)
    assert "Toon QR-code voor inchecken" in details
    assert "<svg" in details and registration.display_checkin_code in details
    assert html.count("<svg") == details.count("<svg")  # no QR outside the closed details
