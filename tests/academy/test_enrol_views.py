"""Enrolling through the website, and the pages e-mail links open (registration, offer)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.models import AccreditationRegister, Registration, RegistrationStatus
from academy.services import registration as services

from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def enrol_url(ed):
    return reverse("academy:enrol", args=[ed.pk])


def signed_in(client, **kwargs):
    user, person = user_with_participant(**kwargs)
    client.force_login(user)
    return user, person


def test_anonymous_visitor_is_sent_to_login_and_back(client, academy):
    ed = edition()
    response = client.get(enrol_url(ed))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert response["Location"].endswith("?next=" + enrol_url(ed))


def test_enrol_page_shows_edition_price_and_questions(client, academy):
    page = course(
        title="Omgaan met eenzaamheid",
        prices={"professional": 4500},
        ask_dietary=True,
        ask_motivation=True,
    )
    ed = edition(page, capacity=3)
    signed_in(client)
    response = client.get(enrol_url(ed))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Omgaan met eenzaamheid" in html
    assert "Gratis" in html  # a volunteer pays nothing
    assert "Nog 3 plaatsen vrij." in html
    assert 'name="dietary"' in html and 'name="motivation"' in html
    assert 'name="accessibility"' in html
    assert 'name="wants_accreditation"' not in html
    assert response["Cache-Control"].count("private") == 1


def test_enrol_confirms_and_redirects_to_the_registration_page(client, academy):
    ed = edition(capacity=2)
    _user, person = signed_in(client)
    response = client.post(enrol_url(ed), {"accessibility": "Rolstoel"})
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == S.CONFIRMED
    assert registration.accessibility == "Rolstoel"
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:registration", args=[registration.token])
    page = client.get(response["Location"])
    assert "U bent aangemeld." in page.content.decode()


def test_full_edition_puts_the_person_on_the_waiting_list_with_position(client, academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    services.register(ed.pk, participant())
    signed_in(client)
    response = client.post(enrol_url(ed), {}, follow=True)
    assert response.status_code == 200
    assert "U staat op de wachtlijst, plek 2." in response.content.decode()


def test_double_post_answers_409_and_saves_nothing_more(client, academy):
    ed = edition(capacity=5)
    signed_in(client)
    client.post(enrol_url(ed), {})
    response = client.post(enrol_url(ed), {})
    assert response.status_code == 409
    assert "U bent al aangemeld voor deze datum." in response.content.decode()
    assert Registration.objects.filter(edition=ed).count() == 1


def test_second_visit_shows_existing_registration_instead_of_form(client, academy):
    ed = edition(capacity=5)
    signed_in(client)
    client.post(enrol_url(ed), {})
    response = client.get(enrol_url(ed))
    html = response.content.decode()
    assert "U bent al aangemeld voor deze datum." in html
    assert "Meld mij aan" not in html


@pytest.mark.parametrize("path_id", ["999999", "99999999999999999999999"])
def test_unknown_edition_is_404(client, academy, path_id):
    signed_in(client)
    edition()
    assert client.get(f"/academie/aanmelden/{path_id}/").status_code == 404
    assert client.post(f"/academie/aanmelden/{path_id}/", {}).status_code == 404


def test_junk_edition_id_is_404(client, academy):
    signed_in(client)
    assert client.get("/academie/aanmelden/abc/").status_code == 404


def test_edition_of_an_unpublished_course_is_404(client, academy):
    ed = edition(course(publish_it=False))
    signed_in(client)
    assert client.get(enrol_url(ed)).status_code == 404
    assert client.post(enrol_url(ed), {}).status_code == 404


def test_closed_edition_shows_why_and_post_answers_409(client, academy):
    ed = edition(registration_closes=timezone.now() - dt.timedelta(hours=1))
    signed_in(client)
    page = client.get(enrol_url(ed)).content.decode()
    assert "Aanmelden voor deze datum kan niet meer." in page
    response = client.post(enrol_url(ed), {})
    assert response.status_code == 409
    assert not Registration.objects.filter(edition=ed).exists()


def test_missing_name_is_asked_and_required(client, academy):
    ed = edition()
    _user, person = signed_in(client)
    person.first_name = person.last_name = ""
    person.save()
    page = client.get(enrol_url(ed)).content.decode()
    assert 'name="first_name"' in page and 'name="participant_type"' in page
    response = client.post(enrol_url(ed), {"participant_type": "vrijwilliger"})
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()
    assert not Registration.objects.filter(edition=ed).exists()
    response = client.post(
        enrol_url(ed),
        {"first_name": "Anna", "last_name": "Bakker", "participant_type": "mantelzorger"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.first_name, person.participant_type) == ("Anna", "mantelzorger")
    assert Registration.objects.get(edition=ed).participant_type == "mantelzorger"


def test_profile_changes_are_not_kept_when_registration_fails(client, academy):
    ed = edition(status="gepland")
    _user, person = signed_in(client)
    person.first_name = person.last_name = ""
    person.save()
    response = client.post(
        enrol_url(ed),
        {"first_name": "Anna", "last_name": "Bakker", "participant_type": "mantelzorger"},
    )
    assert response.status_code == 409
    person.refresh_from_db()
    assert person.first_name == ""


def accredited_course():
    register = AccreditationRegister.objects.create(
        name="Registerplein test",
        short_name="RP",
        number_pattern=r"^\d{6}$",
        number_hint="6 cijfers.",
    )
    return register, course(accreditations=[(register, "ABC-1", 3)])


def test_professional_asks_for_points_with_a_valid_number(client, academy):
    register, page = accredited_course()
    ed = edition(page)
    _user, person = signed_in(client, participant_type="professional")
    html = client.get(enrol_url(ed)).content.decode()
    assert "Ik wil accreditatiepunten" in html
    data = {"wants_accreditation": "on", "register": register.pk, "register_number": "12 34 56"}
    response = client.post(enrol_url(ed), data)
    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed)
    assert (registration.wants_accreditation, registration.register_number) == (True, "123456")
    assert person.professional_registrations.get().number == "123456"


def test_bad_register_number_is_a_400_with_the_registers_hint(client, academy):
    register, page = accredited_course()
    ed = edition(page)
    signed_in(client, participant_type="professional")
    data = {"wants_accreditation": "on", "register": register.pk, "register_number": "12"}
    response = client.post(enrol_url(ed), data)
    assert response.status_code == 400
    assert "Dit nummer klopt niet voor RP. 6 cijfers." in response.content.decode()
    assert not Registration.objects.filter(edition=ed).exists()


def test_tampered_register_id_is_refused(client, academy):
    _register, page = accredited_course()
    other = AccreditationRegister.objects.create(name="Ander register", short_name="AR")
    ed = edition(page)
    signed_in(client, participant_type="professional")
    data = {"wants_accreditation": "on", "register": other.pk, "register_number": "123456"}
    response = client.post(enrol_url(ed), data)
    assert response.status_code == 400
    assert not Registration.objects.filter(edition=ed).exists()


# The page an e-mail link opens ----------------------------------------------------------


def test_registration_page_by_token_works_without_signing_in(client, academy):
    ed = edition()
    registration = services.register(ed.pk, participant())
    response = client.get(reverse("academy:registration", args=[registration.token]))
    assert response.status_code == 200
    assert "U bent aangemeld." in response.content.decode()


def test_unknown_token_is_404(client, academy):
    assert client.get(reverse("academy:registration", args=["nope"])).status_code == 404
    assert client.get(reverse("academy:offer", args=["nope"])).status_code == 404


def test_cancel_by_token_frees_the_place(client, academy):
    ed = edition(capacity=1)
    registration = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    url = reverse("academy:registration", args=[registration.token])
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 302
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == S.CANCELLED
    assert waiting.status == S.OFFERED
    again = client.post(url, {"action": "cancel"})
    assert again.status_code == 409


def test_leave_waiting_list_by_token(client, academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    url = reverse("academy:registration", args=[waiting.token])
    assert "plek 1" in client.get(url).content.decode()
    response = client.post(url, {"action": "cancel"}, follow=True)
    assert "U staat niet meer op de wachtlijst." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == S.REMOVED


def test_cancel_after_the_deadline_shows_the_phone_number(client, academy):
    from tests.factories import site_settings

    site_settings(phone="036 123 45 67")
    ed = edition(cancellation_deadline=timezone.now() + dt.timedelta(days=1))
    registration = services.register(ed.pk, participant())
    ed.cancellation_deadline = timezone.now() - dt.timedelta(minutes=1)
    ed.save()
    url = reverse("academy:registration", args=[registration.token])
    assert "036 123 45 67" in client.get(url).content.decode()
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 409
    assert "Afmelden via de website kan niet meer." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_post_without_action_is_400(client, academy):
    registration = services.register(edition().pk, participant())
    url = reverse("academy:registration", args=[registration.token])
    assert client.post(url, {"action": "delete-everything"}).status_code == 400
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_registration_page_needs_a_csrf_token(academy):
    from django.test import Client

    registration = services.register(edition().pk, participant())
    client = Client(enforce_csrf_checks=True)
    url = reverse("academy:registration", args=[registration.token])
    assert client.post(url, {"action": "cancel"}).status_code == 403
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


# Offers --------------------------------------------------------------------------------


def offered():
    ed = edition(capacity=1)
    holder = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    services.cancel(holder)
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED
    return waiting


def test_offer_page_shows_expiry_and_accepts(client, academy):
    registration = offered()
    url = reverse("academy:offer", args=[registration.token])
    page = client.get(url)
    assert page.status_code == 200
    assert "Ja, ik neem de plek" in page.content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    # A second answer changes nothing.
    assert client.post(url, {"answer": "decline"}).status_code == 409
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_offer_can_be_declined(client, academy):
    registration = offered()
    url = reverse("academy:offer", args=[registration.token])
    assert client.post(url, {"answer": "decline"}).status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.DECLINED


def test_bad_offer_answer_is_400(client, academy):
    registration = offered()
    url = reverse("academy:offer", args=[registration.token])
    assert client.post(url, {"answer": "maybe"}).status_code == 400
    registration.refresh_from_db()
    assert registration.status == S.OFFERED


def test_expired_offer_is_410_with_a_kind_message(client, academy):
    registration = offered()
    Registration.objects.filter(pk=registration.pk).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    url = reverse("academy:offer", args=[registration.token])
    page = client.get(url)
    assert page.status_code == 410
    assert "Dit aanbod is verlopen." in page.content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 410
    registration.refresh_from_db()
    assert registration.status == S.EXPIRED
