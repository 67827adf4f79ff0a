""" "Bel mij" in the wegwijzer (issue 16): a carer asks a mantelzorgconsulent to phone
back, optionally with the answers from the path; the team gets a mail, staff follow the
request up in the admin, and the person is wiped from the request after
GUIDE_CALLBACK_RETENTION_DAYS."""

import datetime as dt
import re
from html import unescape
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from guide import callbacks
from guide.models import CallbackRequest, CallbackStatus, WegwijzerPage
from tests import factories as f

pytestmark = pytest.mark.django_db

TEAM = "mantelzorg@vmca.example"
ANSWERS = "voor-wie=ouder&hulp=rust"
GOOD = {
    "name": "Fatima el Amrani",
    "phone": "06 12 34 56 78",
    "good_time": "middag",
    "message": "Ik zorg voor mijn moeder.",
    "send_answers": "on",
    "consent": "on",
    "answers": ANSWERS,
}


def answer(label, key, next_question=""):
    return {
        "label": label,
        "key": key,
        "themes": [],
        "audiences": [],
        "offers": [],
        "age_from": None,
        "age_to": None,
        "next_question": next_question,
    }


def question(key, text, answers, multiple=False):
    return {
        "type": "vraag",
        "value": {
            "key": key,
            "question": text,
            "help_text": "",
            "multiple": multiple,
            "answers": answers,
        },
    }


def wegwijzer(**fields):
    """A published wegwijzer of two questions under the home page."""
    fields.setdefault(
        "questions",
        [
            question(
                "voor-wie",
                "Voor wie zorgt u?",
                [answer("Mijn ouder", "ouder"), answer("Mijn kind", "kind")],
            ),
            question(
                "hulp",
                "Wat zou u het meest helpen?",
                [answer("Even rust", "rust"), answer("Praten met anderen", "lotgenoten")],
                multiple=True,
            ),
        ],
    )
    fields.setdefault("title", "Wegwijzer voor mantelzorgers")
    fields.setdefault("slug", "wegwijzer")
    return f.add_page(f.home_page(), WegwijzerPage, **fields)


@pytest.fixture
def page(settings):
    settings.GUIDE_CALLBACK_EMAIL = TEAM
    return wegwijzer()


def form_url(page, query=""):
    url = page.url + page.reverse_subpage("callback")
    return f"{url}?{query}" if query else url


def post(client, page, data, capture):
    with capture(execute=True):
        return client.post(form_url(page), data)


def hidden_answers(html):
    match = re.search(r'<input type="hidden" name="answers"(?: value="([^"]*)")?', html)
    return unescape(match.group(1) or "") if match else None


# The form ----------------------------------------------------------------------------------


def test_the_form_shows_the_answers_from_the_link(client, page):
    response = client.get(form_url(page, ANSWERS + "&onbekend=x"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Uw antwoorden" in html
    for text in ("Voor wie zorgt u?", "Mijn ouder", "Wat zou u het meest helpen?", "Even rust"):
        assert text in html
    assert hidden_answers(html) == ANSWERS
    assert re.search(r'name="send_answers"[^>]*checked', html)
    assert "csrfmiddlewaretoken" in html
    assert f'href="{page.url}?{ANSWERS.replace("&", "&amp;")}"' in html
    assert "60 dagen" in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("query", ["", "voor-wie=ouder", "voor-wie=ouder&hulp=rust&vraag=hulp"])
def test_without_a_finished_walk_there_is_nothing_to_send_along(client, page, query):
    html = client.get(form_url(page, query)).content.decode()

    assert "Uw antwoorden" not in html
    assert 'name="send_answers"' not in html
    assert hidden_answers(html) == ""
    assert f'href="{page.url}"' in html


def test_a_request_is_saved_and_mailed_to_the_team_once(
    client, page, django_capture_on_commit_callbacks
):
    response = post(client, page, GOOD, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == form_url(page, ANSWERS + "&verstuurd=1")
    request = CallbackRequest.objects.get()
    assert (request.name, request.phone, request.good_time) == (
        "Fatima el Amrani",
        "06 12 34 56 78",
        "middag",
    )
    assert (request.page_id, request.answers, request.status) == (page.pk, ANSWERS, "nieuw")
    assert request.language == "nl"
    [message] = mail.outbox
    assert message.to == [TEAM]
    assert "Fatima el Amrani" in message.subject
    for text in ("06 12 34 56 78", "In de middag", "Ik zorg voor mijn moeder."):
        assert text in message.body
    assert reverse("guide_callbacks:edit", args=[request.pk]) in message.body
    assert "zijn meegestuurd" in message.body
    # Not the answers themselves: staff open the overview from the admin.
    assert "Mijn ouder" not in message.body and "voor-wie" not in message.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    html = thanks.content.decode()
    assert "Bedankt. Wij bellen u terug." in html
    assert "Terug naar uw overzicht" in html
    # Reloading the thank-you page sends nothing again.
    with django_capture_on_commit_callbacks(execute=True):
        client.get(response["Location"])
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_answers_are_only_kept_when_the_box_is_ticked(
    client, page, django_capture_on_commit_callbacks
):
    data = {key: value for key, value in GOOD.items() if key != "send_answers"}
    response = post(client, page, data, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert CallbackRequest.objects.get().answers == ""
    assert "niet meegestuurd" in mail.outbox[0].body


def test_a_double_submit_is_saved_and_mailed_once(client, page, django_capture_on_commit_callbacks):
    post(client, page, GOOD, django_capture_on_commit_callbacks)
    again = post(
        client, page, {**GOOD, "phone": "06  12 34 56 78"}, django_capture_on_commit_callbacks
    )

    assert again.status_code == 302
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_request_without_answers_from_the_start_page(
    client, page, django_capture_on_commit_callbacks
):
    data = {**GOOD, "answers": ""}
    data.pop("send_answers")
    response = post(client, page, data, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == form_url(page, "verstuurd=1")
    assert CallbackRequest.objects.get().answers == ""
    thanks = client.get(response["Location"]).content.decode()
    assert "Naar de wegwijzer" in thanks


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Vul uw naam in."),
        ({"name": "x" * 101}, "name", "Uw naam is te lang."),
        ({"phone": ""}, "phone", "Vul uw telefoonnummer in."),
        ({"phone": "036 123 45"}, "phone", "minstens 10 cijfers"),
        ({"phone": "06-1234-5678x"}, "phone", "minstens 10 cijfers"),
        ({"phone": "+31 6 1234 5678 9012 34"}, "phone", "minstens 10 cijfers"),
        ({"good_time": "nacht"}, "good_time", "Kies wanneer wij u kunnen bellen."),
        ({"good_time": ""}, "good_time", "Kies wanneer wij u kunnen bellen."),
        ({"message": "y" * 1001}, "message", "Uw bericht is te lang."),
        ({"message": "Kijk op www.casino.example"}, "message", "Zet geen links"),
        ({"consent": ""}, "consent", "Zet een vinkje."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_saves_nothing(
    client, page, changes, field, message, django_capture_on_commit_callbacks
):
    response = post(client, page, {**GOOD, **changes}, django_capture_on_commit_callbacks)

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "<title>Fout:" in html
    # The answers stay on the form, ticked as they were.
    assert "Uw antwoorden" in html and hidden_answers(html) == ANSWERS
    assert not CallbackRequest.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "phone", ["036 123 45 67", "0612345678", "+31 6 1234 5678", "+31-36-1234567"]
)
def test_dutch_phone_numbers_are_accepted(client, page, phone, django_capture_on_commit_callbacks):
    response = post(client, page, {**GOOD, "phone": phone}, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert CallbackRequest.objects.get().phone == phone


def test_a_bot_is_thanked_and_ignored(client, page, django_capture_on_commit_callbacks):
    response = post(client, page, {**GOOD, "website": "spam"}, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert "Bedankt" in response.content.decode()
    assert not CallbackRequest.objects.exists()
    assert not mail.outbox


def test_too_many_requests_get_a_429(client, page, settings, django_capture_on_commit_callbacks):
    settings.GUIDE_FORM_RATE = "1/10m"
    assert post(client, page, GOOD, django_capture_on_commit_callbacks).status_code == 302
    response = post(
        client, page, {**GOOD, "phone": "036 765 43 21"}, django_capture_on_commit_callbacks
    )

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Probeer het over" in response.content.decode()
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "answers",
    [
        "voor-wie=bestaat-niet&hulp=rust",  # an answer the path does not have
        "voor-wie=ouder",  # the walk does not reach the result
        "voor-wie=ouder&hulp=rust&vraag=hulp",  # a question opened again
        "%%%&&&=\x00",
        "voor-wie=ouder&hulp=rust&" + "x=1&" * 1200,  # more fields than Django parses
        "voor-wie=ouder&hulp=rust&x=" + "y" * 5000,  # longer than the field
    ],
)
def test_changed_answers_are_dropped_not_an_error(
    client, page, answers, django_capture_on_commit_callbacks
):
    response = post(client, page, {**GOOD, "answers": answers}, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert CallbackRequest.objects.get().answers == ""


def test_answers_are_stored_as_the_walk_writes_them(
    client, page, django_capture_on_commit_callbacks
):
    # Extra parameters that are not answers do not travel into the stored link.
    answers = "hulp=rust&voor-wie=ouder&utm_source=folder"
    post(client, page, {**GOOD, "answers": answers}, django_capture_on_commit_callbacks)
    assert CallbackRequest.objects.get().answers == ANSWERS


def test_a_failing_mail_server_keeps_the_request(
    client, page, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(self, fail_silently=False):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    response = post(client, page, GOOD, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert CallbackRequest.objects.count() == 1


def test_the_team_address_falls_back_to_site_settings_then_default_from(settings):
    settings.GUIDE_CALLBACK_EMAIL = ""
    settings.DEFAULT_FROM_EMAIL = "VMCA Almere <noreply@vmca.example>"
    assert callbacks.team_email() == "noreply@vmca.example"
    f.site_settings(email="info@vmca.example")
    assert callbacks.team_email() == "info@vmca.example"
    settings.GUIDE_CALLBACK_EMAIL = "Team <mantelzorg@vmca.example>"
    assert callbacks.team_email() == "mantelzorg@vmca.example"


# The admin ---------------------------------------------------------------------------------


def staff_user(codenames):
    account = f.user()
    account.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return account


STAFF = ["access_admin", "view_callbackrequest", "change_callbackrequest"]


def make_request(page, now, **fields):
    fields.setdefault("name", "Kees Bakker")
    fields.setdefault("phone", "036 123 45 67")
    return CallbackRequest.objects.create(page=page, created_at=now, **fields)


def test_staff_see_the_requests_newest_first_with_the_count_of_new_ones(client, page, now):
    make_request(page, now - dt.timedelta(days=2), name="Oudere Vraag")
    make_request(page, now, name="Nieuwe Vraag")
    make_request(page, now, name="Al Gebeld", status=CallbackStatus.CALLED)
    client.force_login(staff_user(STAFF))

    response = client.get(reverse("guide_callbacks:index"))

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Nieuwe Vraag") < html.index("Oudere Vraag")
    assert "2 nieuwe verzoeken wachten op een telefoontje." in html
    filtered = client.get(reverse("guide_callbacks:index"), {"status": "gebeld"})
    assert "Al Gebeld" in filtered.content.decode()
    assert "Nieuwe Vraag" not in filtered.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bel-mij-verzoeken" in menu


def test_staff_update_a_request_and_the_log_names_no_one(client, page, now):
    request = make_request(page, now, answers=ANSWERS, message="Graag na 14 uur.")
    user = staff_user(STAFF)
    client.force_login(user)
    url = reverse("guide_callbacks:edit", args=[request.pk])

    html = client.get(url).content.decode()
    assert "Graag na 14 uur." in html
    link = f'href="{page.url}?{ANSWERS.replace("&", "&amp;")}" target="_blank"'
    assert link in html and "Antwoorden bekijken" in html

    response = client.post(url, {"status": "gebeld", "staff_note": "Gesprek gehad."})

    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.staff_note, request.handled_by) == (
        "gebeld",
        "Gesprek gehad.",
        user,
    )
    assert request.handled_at is not None
    entry = ModelLogEntry.objects.get(action=callbacks.CALLBACK_UPDATED)
    assert entry.label == f"Bel-mij-verzoek {request.pk}"
    assert entry.data == {"status_was": "nieuw", "status": "gebeld"}
    assert "Kees" not in str(entry.data) and "Gesprek" not in str(entry.data)


def test_mark_callback_records_who_and_when(page, now):
    request = make_request(page, now)
    user = staff_user(STAFF)
    later = now + dt.timedelta(hours=3)

    callbacks.mark_callback(request, CallbackStatus.NOT_REACHED, " Voicemail. ", user, later)

    request.refresh_from_db()
    assert (request.status, request.staff_note) == ("niet-bereikt", "Voicemail.")
    assert (request.handled_by, request.handled_at) == (user, later)
    with pytest.raises(ValueError):
        callbacks.mark_callback(request, "weg", "", user, later)


def test_the_admin_has_no_add_or_delete(client, page, now):
    request = make_request(page, now)
    client.force_login(f.superuser())
    assert client.get("/admin/bel-mij-verzoeken/new/").status_code == 404
    assert client.get(f"/admin/bel-mij-verzoeken/delete/{request.pk}/").status_code == 404
    assert CallbackRequest.objects.count() == 1


def test_without_permission_staff_see_nothing(client, page, now):
    request = make_request(page, now)
    client.force_login(staff_user(["access_admin"]))

    for url in (
        reverse("guide_callbacks:index"),
        reverse("guide_callbacks:edit", args=[request.pk]),
        reverse("guide_callbacks:inspect", args=[request.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Kees Bakker" not in response.content.decode()
    response = client.post(
        reverse("guide_callbacks:edit", args=[request.pk]), {"status": "afgerond"}
    )
    assert response.status_code in (302, 403)
    request.refresh_from_db()
    assert request.status == "nieuw"
    assert "Bel-mij-verzoeken" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_view_permission_shows_a_request_but_does_not_change_it(client, page, now):
    request = make_request(page, now, answers=ANSWERS)
    client.force_login(staff_user(["access_admin", "view_callbackrequest"]))

    assert client.get(reverse("guide_callbacks:index")).status_code == 200
    inspect = client.get(reverse("guide_callbacks:inspect", args=[request.pk]))
    assert inspect.status_code == 200
    assert "Antwoorden bekijken" in inspect.content.decode()
    response = client.post(
        reverse("guide_callbacks:edit", args=[request.pk]), {"status": "afgerond"}
    )
    assert response.status_code in (302, 403)
    request.refresh_from_db()
    assert request.status == "nieuw"


# Retention ---------------------------------------------------------------------------------


def test_old_requests_lose_their_person_recent_ones_are_kept(page, now, settings):
    settings.GUIDE_CALLBACK_RETENTION_DAYS = 60
    old = make_request(page, now - dt.timedelta(days=61), status=CallbackStatus.CLOSED)
    old_new = make_request(page, now - dt.timedelta(days=60, minutes=1))
    recent = make_request(page, now - dt.timedelta(days=59))

    assert callbacks.delete_old_callback_requests(now, dry_run=True) == 2
    assert CallbackRequest.objects.count() == 3

    assert callbacks.delete_old_callback_requests(now) == 2

    assert set(CallbackRequest.objects.values_list("pk", flat=True)) == {recent.pk}
    assert not CallbackRequest.objects.filter(pk__in=[old.pk, old_new.pk]).exists()
    # What is left holds nothing about the person, only when it was asked and followed up.
    for kept in CallbackRequest.all_objects.filter(pk__in=[old.pk, old_new.pk]):
        assert (kept.name, kept.phone, kept.message, kept.answers, kept.staff_note) == (
            ("", "", "", "", "")
        )
        assert kept.handled_by is None and kept.anonymised_at == now


def test_the_retention_follows_the_setting(page, now, settings):
    settings.GUIDE_CALLBACK_RETENTION_DAYS = 7
    make_request(page, now - dt.timedelta(days=8))
    make_request(page, now - dt.timedelta(days=6))

    assert callbacks.delete_old_callback_requests(now) == 1
    assert CallbackRequest.objects.count() == 1


def test_the_command_with_dry_run_deletes_nothing(page, now):
    make_request(page, now - dt.timedelta(days=400))
    make_request(page, now)

    out = StringIO()
    call_command("delete_old_callback_requests", "--dry-run", stdout=out)
    assert "Would anonymise 1 call-back requests" in out.getvalue()
    assert CallbackRequest.objects.count() == 2

    out = StringIO()
    call_command("delete_old_callback_requests", stdout=out)
    assert "Anonymised 1 call-back requests" in out.getvalue()
    assert CallbackRequest.objects.count() == 1


# Valid HTML --------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # the HTML is the same on both
def test_the_callback_pages_are_valid_html(client, page, django_capture_on_commit_callbacks):
    from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
    from tests.conftest import ARTIFACTS, missing_tool

    f.site_settings(phone="036 123 45 67")
    page.callback_intro = "Een mantelzorgconsulent belt u binnen twee werkdagen."
    f.publish(page)
    documents = {}
    for name, url in {
        "form": form_url(page),
        "form_with_answers": form_url(page, ANSWERS),
        "thanks": form_url(page, ANSWERS + "&verstuurd=1"),
    }.items():
        response = client.get(url)
        documents[name] = (response.status_code, response.content)
    errors = post(client, page, {**GOOD, "phone": "12"}, django_capture_on_commit_callbacks)
    documents["form_with_errors"] = (errors.status_code, errors.content)
    assert {name: status for name, (status, _html) in documents.items()} == {
        "form": 200,
        "form_with_answers": 200,
        "thanks": 200,
        "form_with_errors": 400,
    }
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-wegwijzer-callback")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors in 'Bel mij':\n" + "\n".join(report)
