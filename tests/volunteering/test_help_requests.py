""" "Help mij zoeken": a person asks VMCA for a call or a visit; staff get a mail, the
person a confirmation; bad input and bots are refused without saving anything."""

import pytest
from django.core import mail

from tests.volunteering import builders as b
from volunteering.models import HelpRequest, OutgoingMessage
from volunteering.services import help_requests as services
from volunteering.services.contact_details import staff_email

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Kees Bakker",
    "phone": "036 123 45 67",
    "email": "kees@example.org",
    "channel": "bezoek",
    "wijk": "",
    "message": "Iets met dieren.",
    "best_time": "dinsdagochtend",
    "consent": "on",
}


@pytest.fixture
def index():
    return b.vacancy_index()


def help_url(index):
    return index.url + index.reverse_subpage("help")


def test_the_form_is_short_and_offers_a_phone_number(client, index):
    from wagtail.models import Site

    from cms.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.phone = "036 555 66 77"
    site_settings.save()

    html = client.get(help_url(index)).content.decode()

    assert "Bel mij" in html and "Ik kom langs" in html
    assert 'href="tel:0365556677"' in html
    assert 'aria-hidden="true"' in html and 'tabindex="-1"' in html


def test_a_request_mails_staff_and_confirms_to_the_person(
    client, index, settings, django_capture_on_commit_callbacks
):
    settings.VOLUNTEERING_STAFF_EMAIL = "matching@vmca.example"
    wijk = b.wijk("Haven")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(help_url(index), {**GOOD, "wijk": wijk.pk})

    assert response.status_code == 302
    request = HelpRequest.objects.get()
    assert (request.channel, request.wijk, request.status) == ("bezoek", wijk, "nieuw")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"matching@vmca.example", "kees@example.org"}
    assert "Kees Bakker" in by_address["matching@vmca.example"].body
    assert "Haven" in by_address["matching@vmca.example"].body
    assert "langskomen" in by_address["kees@example.org"].body
    thanks = client.get(response["Location"]).content.decode()
    assert "Wat gebeurt er nu?" in thanks


def test_phone_only_is_enough_and_no_confirmation_is_mailed(
    client, index, settings, django_capture_on_commit_callbacks
):
    settings.VOLUNTEERING_STAFF_EMAIL = "matching@vmca.example"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(help_url(index), {**GOOD, "email": "", "channel": "telefoon"})

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["matching@vmca.example"]]


def test_staff_address_falls_back_to_site_settings_then_default_from(settings):
    from wagtail.models import Site

    from cms.models import SiteSettings

    settings.VOLUNTEERING_STAFF_EMAIL = ""
    settings.DEFAULT_FROM_EMAIL = "VMCA Almere <noreply@vmca.example>"
    assert staff_email() == "noreply@vmca.example"
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.email = "info@vmca.example"
    site_settings.save()
    assert staff_email() == "info@vmca.example"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Vul uw naam in."),
        ({"email": "", "phone": ""}, "email", "Vul uw e-mailadres of uw telefoonnummer in."),
        ({"message": "y" * 1001}, "message", "Uw bericht is te lang."),
        ({"message": "www.casino.example"}, "message", "Zet geen links in uw bericht."),
        ({"best_time": "http://x.example"}, "best_time", "Zet geen links in uw bericht."),
        ({"consent": ""}, "consent", "Zet een vinkje."),
        ({"wijk": "999999"}, "wijk", "Deze wijk kennen we niet."),
        ({"channel": "post"}, "channel", "Kies: bellen of langskomen."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_saves_nothing(client, index, changes, field, message):
    response = client.post(help_url(index), {**GOOD, **changes})

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not HelpRequest.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_a_bot_is_thanked_and_ignored(client, index):
    response = client.post(help_url(index), {**GOOD, "website": "spam"})
    assert response.status_code == 200
    assert not HelpRequest.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_too_many_requests_get_a_429(client, index, settings):
    settings.VOLUNTEERING_FORM_RATE = "1/10m"
    assert client.post(help_url(index), GOOD).status_code == 302
    response = client.post(help_url(index), {**GOOD, "phone": "0612345678", "email": ""})
    assert response.status_code == 429
    assert "Probeer het over" in response.content.decode()
    assert HelpRequest.objects.count() == 1


def test_a_double_submit_is_saved_and_mailed_once(
    client, index, settings, django_capture_on_commit_callbacks
):
    settings.VOLUNTEERING_STAFF_EMAIL = "matching@vmca.example"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(help_url(index), GOOD)
        client.post(help_url(index), GOOD)
    assert HelpRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_a_failing_mail_leaves_no_request_behind(now, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("template broke")

    monkeypatch.setattr("volunteering.mail.render", broken)
    with pytest.raises(RuntimeError):
        services.ask_for_help({"name": "Piet", "phone": "0612345678"}, now=now, language="nl")
    assert not HelpRequest.objects.exists()
