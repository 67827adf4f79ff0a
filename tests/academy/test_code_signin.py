"""Signing in with an e-mail code from the enrol page of a training, for a new address as
for a known one: the same steps, the same pages, the same kind of mail, and at the end the
person is back on the enrol page of the training they chose. "Stuur een nieuwe code" on
the code page; wrong, expired and too-early codes give a clear message, never an error."""

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from academy.models import Participant, Registration, RegistrationStatus
from academy.services import registration as services
from tests.security import test_login_timing

from .conftest import edition, participant, user_with_participant
from .test_accounts import CODE, code_from_mail

pytestmark = pytest.mark.django_db

NEW = "nieuwe.vrijwilliger@example.nl"
KNOWN = "bekende.vrijwilliger@example.nl"
DEAD_END = "nog geen account"

# How often the password hasher ran (a fixture of the sign-in timing tests).
hasher_runs = test_login_timing.hasher_runs


def path_of(url):
    return urlsplit(url).path


def next_of(url):
    return parse_qs(urlsplit(url).query).get("next", [None])[0]


def walk_to_enrol_page(client, email, enrol):
    """What a visitor does from the enrol page of an edition: open it, get sent to the
    login page, ask for a code, type the code from the mail. Returns the steps as
    (method, path, status) and the last response."""
    steps = []

    def step(method, url, data=None):
        response = getattr(client, method)(url, data or {})
        steps.append((method, path_of(url), response.status_code))
        return response

    response = step("get", enrol)
    login_url = response["Location"]
    assert next_of(login_url) == enrol
    page = step("get", login_url)
    assert page.status_code == 200
    response = step("post", page.context["request_login_code_url"], {"email": email})
    confirm_url = response["Location"]
    assert next_of(confirm_url) == enrol
    page = step("get", confirm_url)
    assert "Vul uw code in" in page.content.decode()
    response = step("post", confirm_url, {"code": code_from_mail(email)})
    final = step("get", response["Location"])
    return steps, final


def last_mail_to(email):
    sent = [message for message in mail.outbox if email in message.to]
    assert sent, f"no mail to {email}"
    return sent[-1]


def test_a_new_address_ends_on_the_enrol_page_in_as_many_steps_as_a_known_one(client, academy):
    ed = edition()
    enrol = reverse("academy:enrol", args=[ed.pk])
    user_with_participant(email=KNOWN)

    known_steps, known_final = walk_to_enrol_page(client, KNOWN, enrol)
    client.logout()
    mail.outbox = []
    new_steps, new_final = walk_to_enrol_page(client, NEW, enrol)

    assert new_steps == known_steps
    assert new_steps[-1] == ("get", enrol, 200)
    assert new_final.context["edition"] == ed
    # The new person is signed in, with a verified address and a participant, and the form
    # asks for their name.
    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    assert EmailAddress.objects.get(user=user).email == NEW
    assert EmailAddress.objects.get(user=user).verified
    assert Participant.objects.get(user=user).email == NEW
    assert not user.has_usable_password()
    assert "first_name" in new_final.context["form"].fields


def test_the_new_person_can_enrol_right_away(client, academy):
    ed = edition()
    enrol = reverse("academy:enrol", args=[ed.pk])
    _steps, page = walk_to_enrol_page(client, NEW, enrol)
    assert page.context["form"].asks_profile
    data = {"first_name": "Noor", "last_name": "de Vries", "participant_type": "vrijwilliger"}
    response = client.post(enrol, data)
    assert response.status_code == 302, response.context["form"].errors
    registration = Registration.objects.get(edition=ed)
    assert registration.participant.email == NEW
    assert registration.status == RegistrationStatus.CONFIRMED


def test_the_mail_to_a_new_address_holds_the_code_and_no_dead_end(client, academy):
    user_with_participant(email=KNOWN)
    enrol = reverse("academy:enrol", args=[edition().pk])
    mail.outbox = []
    for email in (KNOWN, NEW):
        Client().post(reverse("account_request_login_code"), {"email": email, "next": enrol})

    known, new = last_mail_to(KNOWN), last_mail_to(NEW)
    assert new.subject == known.subject == "VMCA Almere: Uw code om in te loggen"
    assert CODE.search(new.body)
    assert DEAD_END not in new.body.lower() and DEAD_END not in new.subject.lower()
    assert reverse("account_signup") not in new.body
    # The same text, apart from the code itself.
    assert CODE.sub("CODE", new.body) == CODE.sub("CODE", known.body)


def test_known_and_new_addresses_get_the_same_answer(client, academy):
    user_with_participant(email=KNOWN)
    enrol = reverse("academy:enrol", args=[edition().pk])
    pages = {}
    for email in (KNOWN, NEW):
        client = Client()
        response = client.post(
            reverse("account_request_login_code"), {"email": email, "next": enrol}
        )
        assert response.status_code == 302
        page = client.get(response["Location"])
        pages[email] = (response["Location"], page.status_code, page.content.decode())
    known_location, known_status, known_html = pages[KNOWN]
    new_location, new_status, new_html = pages[NEW]
    assert known_location == new_location
    assert known_status == new_status == 200
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
    assert strip.sub("", known_html).replace(KNOWN, "ADRES") == strip.sub("", new_html).replace(
        NEW, "ADRES"
    )


def test_asking_a_code_costs_the_same_hashing_for_a_known_and_a_new_address(academy, hasher_runs):
    user_with_participant(email=KNOWN)
    runs = {}
    for email in (KNOWN, NEW):
        hasher_runs.clear()
        Client().post(reverse("account_request_login_code"), {"email": email})
        runs[email] = len(hasher_runs)
    assert runs[KNOWN] == runs[NEW]


def test_asking_twice_for_a_new_address_makes_one_account(academy):
    for email in (NEW, NEW, NEW.upper()):
        Client().post(reverse("account_request_login_code"), {"email": email})
    assert get_user_model().objects.filter(email__iexact=NEW).count() == 1
    assert EmailAddress.objects.filter(email__iexact=NEW).count() == 1


def test_nothing_is_verified_before_the_code_is_entered(client, academy):
    client.post(reverse("account_request_login_code"), {"email": NEW})
    address = EmailAddress.objects.get(email=NEW)
    assert not address.verified
    assert not Participant.objects.filter(email=NEW).exists()
    # A password sign-in does not work: the account has no password.
    other = Client()
    response = other.post(reverse("account_login"), {"login": NEW, "password": "geheim-123"})
    assert "_auth_user_id" not in other.session
    assert response.status_code == 200


def test_a_person_staff_registered_by_phone_finds_the_training_after_the_code(client, academy):
    phoned_in = participant(email=NEW, first_name="Noor", last_name="de Vries")
    registration = services.register(edition().pk, phoned_in)
    client.post(reverse("account_request_login_code"), {"email": NEW})
    client.post(reverse("account_confirm_login_code"), {"code": code_from_mail(NEW)})
    phoned_in.refresh_from_db()
    assert phoned_in.user_id == int(client.session["_auth_user_id"])
    assert registration.edition.title in client.get(reverse("academy:mine")).content.decode()


def test_a_blocked_account_gets_no_second_account(client, academy):
    user, _person = user_with_participant(email=KNOWN)
    user.is_active = False
    user.save()
    mail.outbox = []
    response = client.post(reverse("account_request_login_code"), {"email": KNOWN})
    assert response.status_code == 302
    assert get_user_model().objects.filter(email__iexact=KNOWN).count() == 1
    # allauth's own answer: no code, a mail that points to the code page.
    message = last_mail_to(KNOWN)
    assert not CODE.search(message.body)
    assert reverse("account_request_login_code") in message.body


def test_an_outside_next_is_not_followed(client, academy):
    response = client.post(
        reverse("account_request_login_code"),
        {"email": NEW, "next": "https://elders.example.com/aanmelden/"},
    )
    assert "elders.example.com" not in response["Location"]
    response = client.post(
        reverse("account_confirm_login_code"),
        {"code": code_from_mail(NEW), "next": "https://elders.example.com/aanmelden/"},
    )
    assert response["Location"] == reverse("academy:mine")


# A code that ran out, a wrong code, a new code -------------------------------------------


def request_code(client, email, enrol):
    response = client.post(reverse("account_request_login_code"), {"email": email, "next": enrol})
    assert response.status_code == 302
    return response["Location"]


def test_after_a_code_ran_out_the_next_code_still_leads_to_the_training(client, academy):
    enrol = reverse("academy:enrol", args=[edition().pk])
    confirm_url = request_code(client, NEW, enrol)
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=4), tick=False):
        # The code page sends the person back to "Inloggen met een code" (without next).
        response = client.post(confirm_url, {"code": code_from_mail(NEW)})
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session
        again = response["Location"]
        assert path_of(again) == reverse("account_request_login_code")
        page = client.get(again)
        assert page.status_code == 200
        response = client.post(again, {"email": NEW})
        mail.outbox = mail.outbox[-1:]
        response = client.post(response["Location"], {"code": code_from_mail(NEW)})
    assert response.status_code == 302
    assert response["Location"] == enrol


@pytest.mark.parametrize("code", ["ZZZZZZ", "", "x" * 5000, "é€ü", None])
def test_a_wrong_code_shows_the_form_again_with_a_clear_message(client, academy, code):
    request_code(client, NEW, reverse("academy:enrol", args=[edition().pk]))
    response = client.post(
        reverse("account_confirm_login_code"), {} if code is None else {"code": code}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html
    if code:
        assert "Deze code klopt niet." in html
    assert "_auth_user_id" not in client.session


def test_three_wrong_codes_end_the_code_with_a_message(client, academy):
    enrol = reverse("academy:enrol", args=[edition().pk])
    request_code(client, NEW, enrol)
    code = code_from_mail(NEW)
    for _ in range(3):
        response = client.post(reverse("account_confirm_login_code"), {"code": "ZZZZZZ"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "U hebt het te vaak geprobeerd." in page.content.decode()
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_code_page_without_a_code_on_its_way_is_no_error(client, academy):
    response = client.get(reverse("account_confirm_login_code"))
    assert response.status_code == 302
    response = client.post(reverse("account_confirm_login_code"), {"action": "resend"})
    assert response.status_code == 302


def resend(client, enrol):
    url = reverse("account_confirm_login_code") + f"?next={enrol}"
    return client.post(url, {"action": "resend", "next": enrol})


def test_the_code_page_offers_a_new_code_for_the_same_address(client, academy):
    enrol = reverse("academy:enrol", args=[edition().pk])
    confirm_url = request_code(client, NEW, enrol)
    html = client.get(confirm_url).content.decode()
    assert 'name="action" value="resend"' in html
    assert "Stuur een nieuwe code" in html
    mail.outbox = []
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=40), tick=False):
        response = resend(client, enrol)
        assert response.status_code == 302
        assert path_of(response["Location"]) == reverse("account_confirm_login_code")
        assert next_of(response["Location"]) == enrol
        page = client.get(response["Location"]).content.decode()
        assert "U hebt net een code gekregen." not in page
        second = code_from_mail(NEW)
        assert len(mail.outbox) == 1
    # The new code gets its full time: 3 minutes after the resend, not after the first code.
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=3), tick=False):
        response = client.post(
            reverse("account_confirm_login_code"), {"code": second, "next": enrol}
        )
    assert response.status_code == 302, response.content.decode()
    assert response["Location"] == enrol


def test_a_new_code_asked_too_soon_gives_a_clear_message_and_the_first_code_still_works(
    client, academy
):
    enrol = reverse("academy:enrol", args=[edition().pk])
    request_code(client, NEW, enrol)
    first = code_from_mail(NEW)
    mail.outbox = []
    response = resend(client, enrol)
    assert response.status_code == 302
    assert next_of(response["Location"]) == enrol
    page = client.get(response["Location"]).content.decode()
    assert "U hebt net een code gekregen." in page
    assert mail.outbox == []
    response = client.post(reverse("account_confirm_login_code"), {"code": first, "next": enrol})
    assert response["Location"] == enrol


def test_new_codes_are_limited(client, academy):
    enrol = reverse("academy:enrol", args=[edition().pk])
    request_code(client, NEW, enrol)
    moment = timezone.now()
    for number in (1, 2):
        with time_machine.travel(moment + dt.timedelta(seconds=35 * number), tick=False):
            assert resend(client, enrol).status_code == 302
    # Two new codes per code asked for; then the button is gone, and a resend that is sent
    # anyway counts as a wrong code: the form again, no mail.
    with time_machine.travel(moment + dt.timedelta(seconds=35 * 3), tick=False):
        html = client.get(reverse("account_confirm_login_code")).content.decode()
        assert 'value="resend"' not in html
        assert resend(client, enrol).status_code == 200
    assert len([m for m in mail.outbox if NEW in m.to]) == 3


# Other ways in keep the training too ---------------------------------------------------


def test_signing_up_from_the_enrol_page_also_ends_on_it(client, academy):
    enrol = reverse("academy:enrol", args=[edition().pk])
    response = client.post(
        reverse("account_signup") + f"?next={enrol}", {"email": NEW, "next": enrol}
    )
    assert response.status_code == 302
    response = client.post(
        reverse("account_email_verification_sent"), {"code": code_from_mail(NEW), "next": enrol}
    )
    assert response.status_code == 302
    assert response["Location"] == enrol


def test_signing_up_with_a_known_address_mails_the_way_to_the_code(client, academy):
    user_with_participant(email=KNOWN)
    enrol = reverse("academy:enrol", args=[edition().pk])
    mail.outbox = []
    client.post(reverse("account_signup") + f"?next={enrol}", {"email": KNOWN, "next": enrol})
    message = last_mail_to(KNOWN)
    assert message.subject == "VMCA Almere: U hebt al een account"
    link = re.search(r"https?://\S+", message.body).group(0)
    assert path_of(link) == reverse("account_request_login_code")
    assert next_of(link) == enrol
    assert "you" not in message.body.lower()


def test_a_password_reset_for_an_unknown_address_mails_the_way_to_the_code(client, academy):
    mail.outbox = []
    client.post(reverse("account_reset_password"), {"email": NEW})
    message = last_mail_to(NEW)
    assert DEAD_END not in message.subject.lower()
    assert reverse("account_request_login_code") in message.body
    assert reverse("account_signup") not in message.body


# Valid HTML (Nu HTML Checker) -------------------------------------------------------------


@pytest.mark.sqlite_only
def test_the_code_pages_are_valid_html(client, academy):
    from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
    from tests.conftest import ARTIFACTS, missing_tool

    enrol = reverse("academy:enrol", args=[edition().pk])
    documents = {}

    def get(name, response):
        documents[name] = (response.status_code, response.content)

    get("login_with_next", client.get(reverse("account_login") + f"?next={enrol}"))
    get("request_code", client.get(reverse("account_request_login_code") + f"?next={enrol}"))
    confirm_url = request_code(client, NEW, enrol)
    get("confirm_code", client.get(confirm_url))
    get("confirm_code_wrong", client.post(confirm_url, {"code": "ZZZZZZ"}))
    get("confirm_code_too_soon", client.get(resend(client, enrol)["Location"]))
    other = Client()
    for _ in range(4):
        response = other.post(reverse("account_request_login_code"), {"email": KNOWN})
        other = Client()
    get("request_code_too_often", response)

    statuses = {name: status for name, (status, _body) in documents.items()}
    assert statuses == dict.fromkeys(documents, 200)
    assert "U hebt het te vaak geprobeerd." in documents["request_code_too_often"][1].decode()
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-code-signin")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors:\n" + "\n".join(report)


def test_stopping_on_the_code_page_keeps_the_training(client, academy):
    """A typo in the address: "Stoppen" and start again, still on the way to the training."""
    enrol = reverse("academy:enrol", args=[edition().pk])
    confirm_url = request_code(client, "nieuwe.vrijwiliger@exampel.nl", enrol)
    page = client.get(confirm_url).content.decode()
    stop = re.search(r'name="next" value="([^"]*)"', page.split(reverse("account_logout"))[1])
    response = client.post(reverse("account_logout"), {"next": stop.group(1).replace("&amp;", "&")})
    assert path_of(response["Location"]) == reverse("account_login")
    assert next_of(response["Location"]) == enrol
