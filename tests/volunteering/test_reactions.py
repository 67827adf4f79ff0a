""" "Ik wil dit doen": reacting to a live vacancy without an account, the mails, every
kind of bad input, and the reminder to organisations that do not answer."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.volunteering import builders as b
from volunteering.models import OutgoingMessage, Reaction, VacancyStatus
from volunteering.services import reactions as services

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Fatima el Amrani",
    "email": "fatima@example.org",
    "phone": "",
    "contact_preference": "e-mail",
    "message": "Ik help graag op dinsdag.",
    "consent": "on",
}


@pytest.fixture
def index():
    return b.vacancy_index()


@pytest.fixture
def vacancy(index, now):
    organisation = b.organisation(now=now, email="info@buurthuis.example", name="Buurthuis De Kim")
    return b.vacancy(organisation, now=now, title="Gastvrouw in het buurthuis")


def react_url(index, vacancy):
    return index.url + index.reverse_subpage("react", args=[vacancy.pk])


def post(client, index, vacancy, **changes):
    return client.post(react_url(index, vacancy), {**GOOD, **changes})


def test_the_form_shows_the_vacancy_and_its_organisation(client, index, vacancy):
    response = client.get(react_url(index, vacancy))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Gastvrouw in het buurthuis" in html
    assert "Buurthuis De Kim" in html
    assert "csrfmiddlewaretoken" in html
    # The honeypot is hidden from people and from screen readers.
    assert 'aria-hidden="true"' in html and 'tabindex="-1"' in html
    assert "Laat dit veld leeg" in html


def test_a_reaction_mails_the_organisation_and_confirms_to_the_person(
    client, index, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, index, vacancy)

    assert response.status_code == 302
    assert response["Location"].endswith("?verstuurd=1")
    reaction = Reaction.objects.get()
    assert (reaction.name, reaction.email, reaction.consent) == (
        "Fatima el Amrani",
        "fatima@example.org",
        True,
    )
    by_address = {message.to[0]: message for message in mail.outbox}
    # The vacancy's contact and the organisation's own address (they differ here).
    assert set(by_address) == {
        "sanne@organisatie.example",
        "info@buurthuis.example",
        "fatima@example.org",
    }
    to_organisation = by_address["sanne@organisatie.example"]
    assert "Gastvrouw in het buurthuis" in to_organisation.subject
    assert "fatima@example.org" in to_organisation.body
    assert "Ik help graag op dinsdag." in to_organisation.body
    confirmation = by_address["fatima@example.org"]
    assert "Buurthuis De Kim" in confirmation.body
    assert "Sanne de Vries" in confirmation.body
    assert "Wat gebeurt er nu?" in confirmation.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Wat gebeurt er nu?" in thanks.content.decode()


def test_one_address_gets_one_mail_when_contact_and_organisation_share_it(
    index, now, django_capture_on_commit_callbacks
):
    organisation = b.organisation(now=now, email="sanne@organisatie.example")
    vacancy = b.vacancy(organisation, now=now)
    with django_capture_on_commit_callbacks(execute=True):
        services.react(vacancy, {"name": "Piet", "phone": "036 123 45 67"}, now=now, language="nl")
    # No e-mail from the person: only the organisation is mailed, once.
    assert [message.to for message in mail.outbox] == [["sanne@organisatie.example"]]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Vul uw naam in."),
        ({"email": "", "phone": ""}, "email", "Vul uw e-mailadres of uw telefoonnummer in."),
        ({"email": "geen-adres"}, "email", "Vul een geldig e-mailadres in"),
        ({"phone": "bel me"}, "phone", "Vul een geldig telefoonnummer in"),
        ({"message": "x" * 1001}, "message", "Uw bericht is te lang."),
        ({"message": "Kijk op http://spam.example"}, "message", "Zet geen links in uw bericht."),
        ({"message": "zie www.spam.example"}, "message", "Zet geen links in uw bericht."),
        ({"message": "[url=x]koop[/url]"}, "message", "Zet geen links in uw bericht."),
        ({"name": "https://spam.example"}, "name", "Zet geen links in uw bericht."),
        ({"consent": ""}, "consent", "Zet een vinkje."),
        ({"contact_preference": "duif"}, "contact_preference", "Kies hoe u contact wilt."),
        (
            {"contact_preference": "telefoon"},
            "phone",
            "U kiest voor bellen of een bericht. Vul dan ook uw telefoonnummer in.",
        ),
    ],
)
def test_bad_input_gets_a_dutch_message_and_saves_nothing(
    client, index, vacancy, changes, field, message
):
    response = post(client, index, vacancy, **changes)

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert 'class="error-summary"' in response.content.decode()
    assert not Reaction.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_a_bot_filling_in_the_honeypot_is_thanked_and_ignored(client, index, vacancy):
    response = post(client, index, vacancy, website="http://spam.example")

    assert response.status_code == 200
    assert "Bedankt voor uw reactie" in response.content.decode()
    assert not Reaction.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_too_many_reactions_from_one_client_get_a_429(client, index, vacancy, settings):
    settings.VOLUNTEERING_FORM_RATE = "2/10m"
    for number in range(2):
        assert post(client, index, vacancy, email=f"p{number}@example.org").status_code == 302

    response = post(client, index, vacancy, email="p3@example.org")

    assert response.status_code == 429
    assert "Probeer het over" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert Reaction.objects.count() == 2


def test_a_second_reaction_within_a_day_is_not_a_duplicate(
    client, index, vacancy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, index, vacancy)
        # The same person again (another case in the address, and a phone number added).
        second = post(client, index, vacancy, email="Fatima@Example.org", phone="0612345678")

    assert first.status_code == second.status_code == 302
    assert second["Location"].endswith("?verstuurd=al")
    assert Reaction.objects.count() == 1
    assert len(mail.outbox) == 3
    page = client.get(second["Location"]).content.decode()
    assert "U hebt al gereageerd op deze vacature." in page


def test_the_same_person_may_react_again_after_a_day(index, vacancy, now):
    data = {"name": "Piet", "phone": "036 123 45 67"}
    services.react(vacancy, data, now=now, language="nl")
    with pytest.raises(services.AlreadyReacted):
        services.react(vacancy, data, now=now + dt.timedelta(hours=23), language="nl")
    services.react(vacancy, data, now=now + dt.timedelta(hours=25), language="nl")
    assert Reaction.objects.count() == 2


@pytest.mark.parametrize(
    "make_offline",
    [
        {"status": VacancyStatus.CLOSED},
        {"status": VacancyStatus.DRAFT},
        {"expires_on_days": -1},
    ],
)
def test_a_vacancy_that_is_not_live_cannot_be_reacted_to(client, index, vacancy, now, make_offline):
    if "expires_on_days" in make_offline:
        vacancy.expires_on = timezone.localdate(now) + dt.timedelta(
            days=make_offline["expires_on_days"]
        )
    else:
        vacancy.status = make_offline["status"]
    vacancy.save()

    assert client.get(react_url(index, vacancy)).status_code == 404
    response = post(client, index, vacancy)
    assert response.status_code == 410
    assert "Hij staat niet meer online" in response.content.decode()
    assert not Reaction.objects.exists()
    with pytest.raises(services.VacancyNotLive):
        services.react(vacancy, {"name": "Piet", "phone": "0612345678"}, now=now, language="nl")


def test_a_suspended_organisation_takes_no_reactions(client, index, vacancy):
    vacancy.organisation.vacancy_account.status = "geschorst"
    vacancy.organisation.vacancy_account.save()

    assert post(client, index, vacancy).status_code == 410
    assert not Reaction.objects.exists()


def test_an_unknown_vacancy_is_404(client, index):
    url = index.url + index.reverse_subpage("react", args=[987654])
    assert client.get(url).status_code == 404
    assert client.post(url, GOOD).status_code == 404


def test_a_failing_mail_leaves_no_reaction_behind(index, vacancy, now, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("template broke")

    monkeypatch.setattr("volunteering.mail.render", broken)
    with pytest.raises(RuntimeError):
        services.react(vacancy, {"name": "Piet", "email": "p@example.org"}, now=now, language="nl")
    assert not Reaction.objects.exists()


# Reminders -------------------------------------------------------------------------------


def _at(day, hour):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _next_weekday(start, weekday):
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7 or 7)


def test_a_reaction_on_thursday_is_overdue_the_next_thursday_not_before(
    index, now, django_capture_on_commit_callbacks
):
    thursday = _next_weekday(timezone.localdate(now), 3)
    vacancy = b.vacancy(now=_at(thursday, 9))
    reaction = b.reaction(vacancy, now=_at(thursday, 16))

    # Friday, the weekend, Monday to Wednesday: not yet (five working days have not passed).
    for days in range(1, 7):
        assert services.send_reaction_reminders(_at(thursday + dt.timedelta(days=days), 23)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reaction_reminders(_at(thursday + dt.timedelta(days=7), 8)) == 1

    reaction.refresh_from_db()
    assert reaction.reminder_sent_at == _at(thursday + dt.timedelta(days=7), 8)
    assert len(mail.outbox) == 2  # the contact and the organisation's own address
    assert all("Herinnering" in message.subject for message in mail.outbox)
    assert reaction.name in mail.outbox[0].body


def test_the_reminder_is_sent_once(index, now, django_capture_on_commit_callbacks):
    vacancy = b.vacancy(now=now - dt.timedelta(days=20))
    b.reaction(vacancy, now=now - dt.timedelta(days=14))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_reaction_reminders(now) == 1
        assert services.send_reaction_reminders(now) == 0
        call_command("remind_unanswered_reactions")
    assert len(mail.outbox) == 2


def test_no_reminder_for_an_answered_reaction(index, now):
    vacancy = b.vacancy(now=now - dt.timedelta(days=20))
    b.reaction(vacancy, now=now - dt.timedelta(days=14), status="in-contact")
    assert services.send_reaction_reminders(now) == 0
    assert not OutgoingMessage.objects.exists()
