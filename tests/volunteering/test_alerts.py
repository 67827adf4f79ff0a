"""Vacancy alerts: sign up for a search, confirm by link, a weekly mail with only the new
matches, and a one-click way out."""

import datetime as dt
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command

from tests.volunteering import builders as b
from volunteering.models import OutgoingMessage, VacancyAlert
from volunteering.services import alerts as services

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return b.vacancy_index()


def route(index, name, *args):
    return index.url + index.reverse_subpage(name, args=args)


def _path(url):
    return urlparse(url).path


def test_signing_up_mails_a_confirmation_link_and_nothing_else(
    client, index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            route(index, "alert"), {"email": "ans@example.org", "query": "tijd=vast&pagina=3"}
        )

    assert response.status_code == 302
    alert = VacancyAlert.objects.get()
    # Stored as the canonical search: no page number.
    assert (alert.email, alert.query, alert.confirmed_at) == ("ans@example.org", "tijd=vast", None)
    assert len(mail.outbox) == 1
    assert alert.token in mail.outbox[0].body
    assert "Kijk in uw mailbox" in client.get(response["Location"]).content.decode()


def test_the_same_address_and_search_twice_makes_one_alert(index, now):
    first, state = services.subscribe("ans@example.org", "tijd=vast", now=now, language="nl")
    assert state == "new"
    again, state = services.subscribe("Ans@Example.org", "?tijd=vast", now=now, language="nl")
    assert (again.pk, state) == (first.pk, "pending")
    services.confirm(first.token, now=now)
    _, state = services.subscribe("ans@example.org", "tijd=vast", now=now, language="nl")
    assert state == "active"
    assert VacancyAlert.objects.count() == 1
    # Another search is another alert.
    services.subscribe("ans@example.org", "tijd=eenmalig", now=now, language="nl")
    assert VacancyAlert.objects.count() == 2


def test_bad_input_is_refused_with_a_dutch_message(client, index):
    response = client.post(route(index, "alert"), {"email": "geen-adres", "query": ""})
    assert response.status_code == 400
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    response = client.post(
        route(index, "alert"), {"email": "a@example.org", "query": "q=" + "x" * 600}
    )
    assert response.status_code == 400
    assert not VacancyAlert.objects.exists()


def test_a_bot_and_a_burst_are_stopped(client, index, settings):
    response = client.post(
        route(index, "alert"), {"email": "a@example.org", "query": "", "website": "x"}
    )
    assert response.status_code == 200
    assert not VacancyAlert.objects.exists()
    settings.VOLUNTEERING_FORM_RATE = "1/10m"
    cache_cleared = client.post(route(index, "alert"), {"email": "b@example.org", "query": ""})
    assert cache_cleared.status_code == 429
    assert not VacancyAlert.objects.exists()


def test_confirming_and_stopping_by_link(client, index, now):
    alert, _state = services.subscribe("ans@example.org", "", now=now, language="nl")

    response = client.get(route(index, "alert_confirm", alert.token))
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is not None
    assert client.get(route(index, "alert_confirm", "onbekend")).status_code == 404

    # GET only asks; a mail scanner following the link stops nothing.
    page = client.get(route(index, "alert_stop", alert.token))
    assert page.status_code == 200
    assert "Ja, stop met deze e-mails" in page.content.decode()
    assert VacancyAlert.objects.exists()
    done = client.post(route(index, "alert_stop", alert.token))
    assert done.status_code == 200
    assert "U bent afgemeld." in done.content.decode()
    assert not VacancyAlert.objects.exists()
    again = client.post(route(index, "alert_stop", alert.token))
    assert "U was al afgemeld." in again.content.decode()


def test_the_weekly_mail_has_only_new_matches_and_a_way_out(
    client, index, now, django_capture_on_commit_callbacks
):
    regular = b.vacancy(now=now - dt.timedelta(days=10), commitment="vast", title="Oud en vast")
    alert, _state = services.subscribe(
        "ans@example.org", "tijd=vast", now=now - dt.timedelta(days=8), language="nl"
    )
    alert = services.confirm(alert.token, now=now - dt.timedelta(days=8))
    new = b.vacancy(now=now - dt.timedelta(days=1), commitment="vast", title="Nieuw en vast")
    b.vacancy(now=now - dt.timedelta(days=1), commitment="eenmalig", title="Nieuw eenmalig")
    b.vacancy(now=now - dt.timedelta(days=1), commitment="vast", live=False, title="Concept")
    assert regular.published_at < alert.confirmed_at < new.published_at
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_vacancy_alerts(now) == 1

    digest = mail.outbox[0]
    assert "Nieuw en vast" in digest.body
    for title in ("Oud en vast", "Nieuw eenmalig", "Concept"):
        assert title not in digest.body
    stop_url = services.links.page_route("alert_stop", alert.token, absolute=True)
    assert stop_url in digest.body
    assert client.post(_path(stop_url)).status_code == 200
    assert not VacancyAlert.objects.exists()


def test_no_mail_when_nothing_is_new_and_nothing_twice(
    index, now, django_capture_on_commit_callbacks
):
    alert, _state = services.subscribe(
        "ans@example.org", "", now=now - dt.timedelta(days=20), language="nl"
    )
    services.confirm(alert.token, now=now - dt.timedelta(days=20))
    b.vacancy(now=now - dt.timedelta(days=3))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_vacancy_alerts(now - dt.timedelta(days=7)) == 0  # nothing new yet
        assert services.send_vacancy_alerts(now) == 1
        assert services.send_vacancy_alerts(now + dt.timedelta(days=7)) == 0  # sent already
        call_command("send_vacancy_alerts")
    assert len(mail.outbox) == 1
    alert.refresh_from_db()
    assert alert.last_sent_at == now


def test_an_unconfirmed_alert_gets_no_digest(index, now):
    services.subscribe("ans@example.org", "", now=now - dt.timedelta(days=3), language="nl")
    b.vacancy(now=now - dt.timedelta(days=1))
    assert services.send_vacancy_alerts(now) == 0
    assert not OutgoingMessage.objects.filter(kind="alert_digest").exists()


def test_the_search_page_links_to_the_signup_with_its_search(index, client):
    """A link, not a form: the search page carries no form token and stays cacheable."""
    search = route(index, "search")
    response = client.get(f"{search}?tijd=vast")
    html = response.content.decode()
    assert f'href="{route(index, "alert")}?zoek=tijd%3Dvast"' in html
    assert "csrfmiddlewaretoken" not in html

    signup = client.get(f"{route(index, 'alert')}?zoek=tijd%3Dvast")
    assert signup.status_code == 200
    assert 'name="query" value="tijd=vast"' in signup.content.decode()
