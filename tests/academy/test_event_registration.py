"""An event page that takes sign-ups does so through an academy edition linked to it."""

import datetime as dt
import re
from html import unescape

import pytest
from django.utils import timezone

from academy.event_registration import event_registration
from academy.models import Edition, EditionStatus, Session
from academy.services import registration as services
from events.registration import registration_for
from tests.events.conftest import event

from .conftest import in_days, participant, user_with_participant

pytestmark = pytest.mark.django_db


def werkcafe(slug="werkcafe-60"):
    day = timezone.localdate() + dt.timedelta(days=10)
    return event(title="Werkcafé met 60 plaatsen", slug=slug, dates=[(day, "15:30", "17:30")])


def linked_edition(page, capacity=60, starts_in_days=10, **fields):
    fields.setdefault("status", EditionStatus.OPEN)
    edition = Edition(event_page=page, course=None, capacity=capacity, **fields)
    edition.sessions = [
        Session(
            start=in_days(starts_in_days, 15, 30),
            end=in_days(starts_in_days, 17, 30),
            venue="Buurtcentrum De Schakel",
        )
    ]
    edition.save()
    edition.refresh_from_db()
    return edition


def text(response):
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_provider_is_registered_when_the_app_starts():
    page = werkcafe()
    edition = linked_edition(page)

    registration = registration_for(page, None)

    assert registration is not None
    assert registration.edition == edition
    assert registration.template_name == "academy/event_registration.html"


def test_an_event_without_an_edition_gets_nothing():
    assert event_registration(werkcafe(), None) is None


def test_event_page_shows_places_left_and_a_sign_up_button(client):
    page = werkcafe()
    edition = linked_edition(page, capacity=60)
    for _ in range(3):
        services.register(edition.pk, participant())

    response = client.get(page.url)

    assert response.status_code == 200
    words = text(response)
    assert "Nog 57 plaatsen" in words
    assert f'href="/academie/aanmelden/{edition.pk}/"' in response.content.decode()
    assert "Aanmelden" in words


def test_a_signed_in_person_who_is_in_sees_their_place_instead_of_the_button(client):
    page = werkcafe()
    edition = linked_edition(page, capacity=1)
    services.register(edition.pk, participant())
    user, person = user_with_participant()
    waiting = services.register(edition.pk, person)
    client.force_login(user)

    response = client.get(page.url)

    words = text(response)
    assert "U staat op plek 1 van de wachtlijst voor deze groep." in words
    assert "Aanmelden voor de wachtlijst" not in words
    assert f'href="/academie/aanmelden/{edition.pk}/"' not in response.content.decode()
    assert f"/academie/aanmelding/{waiting.token}/" in response.content.decode()


def test_someone_else_signed_in_still_gets_the_sign_up_button(client):
    page = werkcafe()
    edition = linked_edition(page, capacity=5)
    services.register(edition.pk, participant())
    user, _person = user_with_participant()
    client.force_login(user)

    response = client.get(page.url)

    assert f'href="/academie/aanmelden/{edition.pk}/"' in response.content.decode()
    assert "U bent aangemeld" not in text(response)


def test_full_event_offers_the_waiting_list(client):
    page = werkcafe()
    edition = linked_edition(page, capacity=1)
    services.register(edition.pk, participant())

    words = text(client.get(page.url))

    assert "Vol – wachtlijst" in words
    assert "Aanmelden voor de wachtlijst" in words


def test_sign_up_not_open_yet_says_from_when(client):
    page = werkcafe()
    edition = linked_edition(page, registration_opens=in_days(3, 9, 0))

    response = client.get(page.url)

    assert "U kunt zich aanmelden vanaf" in text(response)
    assert f"/academie/aanmelden/{edition.pk}/" not in response.content.decode()


def test_cancelled_edition_says_so_without_a_button(client):
    page = werkcafe()
    edition = linked_edition(page, status=EditionStatus.CANCELLED)

    response = client.get(page.url)

    assert "deze bijeenkomst gaat niet door" in text(response)
    assert f"/academie/aanmelden/{edition.pk}/" not in response.content.decode()


def test_the_next_edition_that_has_not_ended_is_used():
    page = werkcafe()
    linked_edition(page, starts_in_days=-3)
    later = linked_edition(page, starts_in_days=20)
    sooner = linked_edition(page, starts_in_days=5)

    assert event_registration(page, None).edition == sooner
    assert later.pk != sooner.pk
