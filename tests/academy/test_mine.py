"""Mijn academie: own registrations, cancelling, profile, feed settings, export, deletion.

A participant never sees another participant's data: every id of someone else is a 404.
"""

import datetime as dt
import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from academy.models import (
    AccreditationRegister,
    Participant,
    Registration,
    RegistrationStatus,
)
from academy.services import registration as services

from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus
MINE_URLS = [
    "academy:mine",
    "academy:profile",
    "academy:feed_settings",
    "academy:export",
    "academy:delete_account",
]


def signed_in(client, **kwargs):
    user, person = user_with_participant(**kwargs)
    client.force_login(user)
    return user, person


@pytest.mark.parametrize("name", MINE_URLS)
def test_mijn_academie_needs_signing_in(client, academy, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_overview_shows_places_waiting_lists_offers_and_past(client, academy):
    _user, person = signed_in(client)
    upcoming = edition(capacity=5)
    services.register(upcoming.pk, person)
    full = edition(capacity=1)
    services.register(full.pk, participant())
    services.register(full.pk, person)
    offer_edition = edition(capacity=1)
    holder = services.register(offer_edition.pk, participant())
    services.register(offer_edition.pk, person)
    services.cancel(holder)
    past = edition(capacity=5, starts_in_days=5)
    services.register(past.pk, person)
    past.sessions.update(
        start=timezone.now() - dt.timedelta(days=3),
        end=timezone.now() - dt.timedelta(days=3, hours=-2),
    )
    past.refresh_dates()

    response = client.get(reverse("academy:mine"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er staat een plek voor u klaar" in html
    assert "U staat op plek 1 van de wachtlijst." in html
    assert "Eerdere trainingen" in html
    assert reverse("academy:cancel", args=[upcoming.registrations.get().pk]) in html
    assert "Buurtcentrum De Schakel" in html


def test_online_link_is_shown_to_people_with_a_place(client, academy):
    _user, person = signed_in(client)
    ed = edition()
    ed.sessions.update(online_url="https://meet.example.nl/training")
    services.register(ed.pk, person)
    assert (
        "https://meet.example.nl/training" in client.get(reverse("academy:mine")).content.decode()
    )


def _overview_queries(client, places, waiting, offers):
    """The queries of Mijn academie for a new person with `places` places, `waiting`
    waiting-list entries and `offers` open offers of a place."""
    user, person = user_with_participant()
    client.force_login(user)
    page = course()
    for _ in range(places):
        services.register(edition(page).pk, person)
    for number in range(waiting + offers):
        full = edition(page, capacity=1)
        holder = services.register(full.pk, participant())
        services.register(full.pk, person)
        if number < offers:
            services.cancel(holder)  # the person is first in line: offered the place
    client.get(reverse("academy:mine"))  # the site, footer and settings are cached from now on
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("academy:mine")).content.decode()
    assert html.count('class="mine-item"') == places
    assert html.count("Er staat een plek voor u klaar") == (1 if offers else 0)
    assert html.count("van de wachtlijst.") == waiting
    return len(queries)


def test_sessions_are_written_as_on_the_other_academy_pages(client, academy):
    """Mijn academie writes the sessions itself (formatted in the view, for speed): the
    same markup as the shared academy/enrol/_sessions.html."""
    from django.template.loader import render_to_string

    _user, person = signed_in(client)
    ed = edition(sessions=2)
    ed.sessions.update(title="Deel", online_url="https://meet.example.nl/training")
    services.register(ed.pk, person)
    shared = render_to_string(
        "academy/enrol/_sessions.html", {"sessions": ed.sessions.all(), "show_online": True}
    )
    html = client.get(reverse("academy:mine")).content.decode()

    def words(text):
        return " ".join(text.split())

    assert words(shared) in words(html)


def test_overview_queries_do_not_grow_with_registrations(client, academy):
    from tests.factories import site_settings

    site_settings()  # made now, not by the first page view (a new row empties the caches)
    one = _overview_queries(client, places=1, waiting=1, offers=1)
    ten = _overview_queries(client, places=10, waiting=3, offers=2)
    assert one == ten
    # The session and the user; the participant and the account's verified addresses;
    # registrations, their sessions, the waiting-list places; the page header's check
    # for an organisation and the admin permissions (the Wagtail user bar). The header
    # takes the participant the view loaded, and the phone number is only looked up when
    # a card says "call us".
    assert ten <= 10


def test_a_place_at_an_event_shows_with_the_events_title(client, academy):
    from .test_event_registration import linked_edition, werkcafe

    _user, person = signed_in(client)
    services.register(linked_edition(werkcafe()).pk, person)
    html = client.get(reverse("academy:mine")).content.decode()
    assert '<h3 class="occurrence__title">Werkcafé met 60 plaatsen</h3>' in html


def test_a_cancellation_shows_at_once(client, academy):
    _user, person = signed_in(client)
    registration = services.register(edition().pk, person)
    cancel_url = reverse("academy:cancel", args=[registration.pk])
    assert cancel_url in client.get(reverse("academy:mine")).content.decode()
    client.post(cancel_url)
    html = client.get(reverse("academy:mine")).content.decode()
    assert cancel_url not in html
    assert "U bent nog niet aangemeld voor een training." in html


def test_the_header_names_the_person_by_their_first_name(client, academy):
    _user, person = signed_in(client)
    Participant.objects.filter(pk=person.pk).update(first_name="Fatima")
    html = client.get(reverse("academy:mine")).content.decode()
    assert "Ingelogd als <strong>Fatima</strong>" in html


def test_cancel_within_the_deadline(client, academy):
    _user, person = signed_in(client)
    ed = edition(capacity=1)
    registration = services.register(ed.pk, person)
    waiting = services.register(ed.pk, participant())
    url = reverse("academy:cancel", args=[registration.pk])
    assert "Ja, meld mij af" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == reverse("academy:mine")
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert (registration.status, waiting.status) == (S.CANCELLED, S.OFFERED)
    # Double POST: the registration is already ended.
    assert client.post(url).status_code == 409


def test_cancel_after_the_deadline_is_refused_with_the_phone_number(client, academy):
    from tests.factories import site_settings

    site_settings(phone="036 765 43 21")
    _user, person = signed_in(client)
    ed = edition()
    registration = services.register(ed.pk, person)
    ed.cancellation_deadline = timezone.now() - dt.timedelta(hours=1)
    ed.save()
    url = reverse("academy:cancel", args=[registration.pk])
    assert "036 765 43 21" in client.get(reverse("academy:mine")).content.decode()
    response = client.post(url)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Afmelden via de website kan niet meer." in html and "036 765 43 21" in html
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_leaving_the_waiting_list_from_mijn_academie(client, academy):
    _user, person = signed_in(client)
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    waiting = services.register(ed.pk, person)
    response = client.post(reverse("academy:cancel", args=[waiting.pk]), follow=True)
    assert "U staat niet meer op de wachtlijst." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == S.REMOVED


def test_another_persons_registration_is_404(client, academy):
    signed_in(client)
    other = services.register(edition().pk, participant())
    url = reverse("academy:cancel", args=[other.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    other.refresh_from_db()
    assert other.status == S.CONFIRMED
    assert client.post("/mijn-academie/afmelden/99999999999999999999/").status_code == 404


def test_other_people_are_not_in_my_overview(client, academy):
    signed_in(client)
    ed = edition()
    services.register(ed.pk, participant(first_name="Geheim", last_name="Persoon"))
    html = client.get(reverse("academy:mine")).content.decode()
    assert "Geheim" not in html
    assert ed.title not in html


# Profile ------------------------------------------------------------------------------


def profile_data(**extra):
    data = {
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "phone": "06 12345678",
        "organisation": "Buurthuis",
        "wijk": "",
        "participant_type": "professional",
        "registers-TOTAL_FORMS": "1",
        "registers-INITIAL_FORMS": "0",
        "registers-MIN_NUM_FORMS": "0",
        "registers-MAX_NUM_FORMS": "10",
        "registers-0-register": "",
        "registers-0-number": "",
    }
    data.update(extra)
    return data


def test_profile_saves_and_validates_register_numbers(client, academy):
    register = AccreditationRegister.objects.create(
        name="BIG test", short_name="BIG", number_pattern=r"^\d{11}$", number_hint="11 cijfers."
    )
    _user, person = signed_in(client)
    assert client.get(reverse("academy:profile")).status_code == 200
    bad = client.post(
        reverse("academy:profile"),
        profile_data(**{"registers-0-register": register.pk, "registers-0-number": "123"}),
    )
    assert bad.status_code == 400
    assert "Dit nummer klopt niet voor BIG. 11 cijfers." in bad.content.decode()
    person.refresh_from_db()
    assert person.first_name != "Fatima"
    good = client.post(
        reverse("academy:profile"),
        profile_data(
            **{"registers-0-register": register.pk, "registers-0-number": "1234 5678 901"}
        ),
    )
    assert good.status_code == 302
    person.refresh_from_db()
    assert (person.first_name, person.participant_type) == ("Fatima", "professional")
    assert person.professional_registrations.get().number == "12345678901"


def test_profile_requires_a_name_and_a_known_type(client, academy):
    signed_in(client)
    response = client.post(
        reverse("academy:profile"), profile_data(first_name="", participant_type="koning")
    )
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()


def test_profile_rejects_a_number_without_register(client, academy):
    signed_in(client)
    response = client.post(
        reverse("academy:profile"), profile_data(**{"registers-0-number": "123"})
    )
    assert response.status_code == 400


# Feed settings ------------------------------------------------------------------------


def test_feed_can_be_created_renewed_and_revoked(client, academy):
    _user, person = signed_in(client)
    url = reverse("academy:feed_settings")
    assert "Zet mijn persoonlijke agenda aan" in client.get(url).content.decode()
    client.post(url, {"action": "create"})
    person.refresh_from_db()
    first = person.feed_token
    assert first
    html = client.get(url).content.decode()
    assert f"webcal://testserver/academie/agenda/{first}.ics" in html
    assert f"http://testserver/academie/agenda/{first}.ics" in html
    assert client.get(reverse("academy:feed", args=[first])).status_code == 200
    client.post(url, {"action": "create"})
    person.refresh_from_db()
    assert person.feed_token != first
    assert client.get(reverse("academy:feed", args=[first])).status_code == 404
    client.post(url, {"action": "revoke"})
    person.refresh_from_db()
    assert person.feed_token is None
    assert client.post(url, {"action": "explode"}).status_code == 400


# Export and deletion ------------------------------------------------------------------


def test_export_is_my_data_as_json(client, academy):
    user, person = signed_in(client)
    ed = edition()
    services.register(ed.pk, person, services.Answers(accessibility="Grote letters"))
    other = participant(first_name="Iemand", last_name="Anders")
    services.register(ed.pk, other)
    response = client.get(reverse("academy:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["deelnemer"]["e-mailadres"] == user.email
    assert [item["toegankelijkheid"] for item in data["aanmeldingen"]] == ["Grote letters"]
    assert "Anders" not in response.content.decode()


def test_delete_account_needs_confirmation(client, academy):
    user, _person = signed_in(client)
    response = client.post(reverse("academy:delete_account"), {})
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_delete_account_anonymises_frees_places_and_logs_out(client, academy):
    user, person = signed_in(client)
    ed = edition(capacity=1)
    registration = services.register(ed.pk, person)
    waiting = services.register(ed.pk, participant())
    person.feed_token = "geheim-token"
    person.save()
    response = client.post(reverse("academy:delete_account"), {"confirm": "yes"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    person = Participant.objects.get(pk=person.pk)
    assert (person.email, person.phone, person.user_id, person.feed_token) == ("", "", None, None)
    assert person.anonymised is not None
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert (registration.status, waiting.status) == (S.CANCELLED, S.OFFERED)
    assert client.get(reverse("academy:mine")).status_code == 302  # logged out
    assert Registration.objects.filter(participant=person).count() == 1


# Valid HTML (Nu HTML Checker) ---------------------------------------------------------


def _academy_documents(client):
    """{name: (status, bytes)} of every enrolment, e-mail link, Mijn academie and account page,
    in its interesting states."""
    from academy.personal_feed import enable_feed
    from tests.factories import site_settings

    site_settings(phone="036 123 45 67")
    register = AccreditationRegister.objects.create(
        name="Registerplein html", short_name="RP", number_pattern=r"^\d{6}$"
    )
    page = course(
        title="Gesprekstechnieken",
        prices={"professional": 4500},
        ask_dietary=True,
        ask_motivation=True,
        accreditations=[(register, "X-1", 4)],
    )
    user, person = signed_in(client, participant_type="professional")
    documents = {}

    def get(name, url, method="get", data=None):
        response = getattr(client, method)(url, data or {})
        documents[name] = (response.status_code, response.content)

    open_edition = edition(page, capacity=5, sessions=2)
    get("enrol", reverse("academy:enrol", args=[open_edition.pk]))
    get(
        "enrol_errors",
        reverse("academy:enrol", args=[open_edition.pk]),
        "post",
        {"wants_accreditation": "on", "register_number": "1"},
    )
    mine_edition = edition(capacity=5)
    mine_edition.sessions.update(online_url="https://meet.example.nl/a")
    confirmed = services.register(mine_edition.pk, person)
    full = edition(capacity=1)
    services.register(full.pk, participant())
    waiting = services.register(full.pk, person)
    offer_edition = edition(capacity=1)
    holder = services.register(offer_edition.pk, participant())
    offered = services.register(offer_edition.pk, person)
    services.cancel(holder)
    get("enrol_full", reverse("academy:enrol", args=[full.pk]))
    get("registration", reverse("academy:registration", args=[confirmed.token]))
    get("registration_waiting", reverse("academy:registration", args=[waiting.token]))
    get("offer", reverse("academy:offer", args=[offered.token]))
    get("mine", reverse("academy:mine"))
    # Where the person stands, on the course pages; a second group of a course they have.
    get("course_page_placed", mine_edition.course.url)
    get("course_page_waiting", full.course.url)
    get("course_page_offered", offer_edition.course.url)
    second_group = edition(mine_edition.course, capacity=5, starts_in_days=40)
    get("enrol_same_course", reverse("academy:enrol", args=[second_group.pk]))
    get(
        "enrol_same_course_chosen",
        reverse("academy:enrol", args=[second_group.pk]) + "?andere_groep=ja",
    )
    get("catalogue", mine_edition.course.get_parent().url)
    get("cancel", reverse("academy:cancel", args=[confirmed.pk]))
    get("profile", reverse("academy:profile"))
    get(
        "profile_errors",
        reverse("academy:profile"),
        "post",
        profile_data(first_name="", **{"registers-0-register": register.pk}),
    )
    get("feed_off", reverse("academy:feed_settings"))
    enable_feed(person)
    get("feed_on", reverse("academy:feed_settings"))
    get("delete_account", reverse("academy:delete_account"))
    get("delete_account_errors", reverse("academy:delete_account"), "post")
    get("email", reverse("account_email"))
    get("logout", reverse("account_logout"))
    Registration.objects.filter(pk=offered.pk).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    get("offer_expired", reverse("academy:offer", args=[offered.token]))
    client.logout()
    for name in (
        "account_login",
        "account_signup",
        "account_request_login_code",
        "account_reset_password",
    ):
        get(name, reverse(name))
    get("login_errors", reverse("account_login"), "post", {"login": "x", "password": "y"})
    client.post(reverse("account_request_login_code"), {"email": user.email})
    get("confirm_login_code", reverse("account_confirm_login_code"))
    get(
        "confirm_login_code_errors", reverse("account_confirm_login_code"), "post", {"code": "nope"}
    )
    return documents


EXPECTED = {
    "enrol_errors": 400,
    "profile_errors": 400,
    "delete_account_errors": 400,
    "offer_expired": 410,
}


@pytest.mark.sqlite_only
def test_academy_pages_are_valid_html(client, academy):
    from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
    from tests.conftest import ARTIFACTS, missing_tool

    documents = _academy_documents(client)
    statuses = {name: status for name, (status, _body) in documents.items()}
    assert statuses == {name: EXPECTED.get(name, 200) for name in documents}
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-academy")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors:\n" + "\n".join(report)


def test_an_edition_the_academy_cancelled_is_shown_as_cancelled(client, academy):
    _user, person = signed_in(client)
    ed = edition()
    services.register(ed.pk, person)
    services.cancel_edition(ed, reason="Te weinig aanmeldingen")
    html = client.get(reverse("academy:mine")).content.decode()
    assert "Geannuleerd" in html and "Deze training gaat niet door." in html
    assert ed.title in html


def test_my_own_cancellation_is_not_listed_as_upcoming(client, academy):
    _user, person = signed_in(client)
    ed = edition()
    services.cancel(services.register(ed.pk, person))
    html = client.get(reverse("academy:mine")).content.decode()
    assert "U bent nog niet aangemeld voor een training." in html
