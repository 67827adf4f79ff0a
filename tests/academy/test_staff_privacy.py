"""Staff answer an AVG request from the participant's admin page: download the person's data
(the same JSON as Mijn academie) or erase it. Erasure frees future places for the waiting
list, keeps the numbers, issued certificates and invoices; both actions are audit-logged;
staff without the permission are refused."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from wagtail.models import ModelLogEntry

from academy.models import (
    Invoice,
    OutgoingMail,
    Participant,
    ProfessionalRegistration,
    Registration,
    RegistrationStatus,
)
from academy.services import accounts, audit
from academy.services import registration as services
from academy.services.certificates import issue_certificate
from academy.services.charges import Billing
from academy.services.registration import Answers
from tests import factories as f

from .certificate_builders import accredited_course, attend, finished_edition, professional
from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus
SECRETS = ("Marieke", "Zonneveld", "marieke.zonneveld@example.nl", "06 9876 5432")


def url(name, someone):
    return reverse(f"academy_participants:{name}", args=(someone.pk,))


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


@pytest.fixture
def privacy_officer(academy):
    """Academy staff who also handle privacy requests: the delete permission on participants."""
    user = f.user(groups=["Academie"])
    user.user_permissions.add(Permission.objects.get(codename="delete_participant"))
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def officer_client(client, privacy_officer):
    client.force_login(privacy_officer)
    return client


def phone_only_person():
    return participant(
        first_name=SECRETS[0], last_name=SECRETS[1], email="", phone=SECRETS[3], organisation=""
    )


def text_values(instance):
    """Every text value of a row, JSON included, as one lower-case string."""
    values = []
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField, models.JSONField)):
            values.append(json.dumps(getattr(instance, field.attname), default=str))
    return " ".join(values).lower()


def assert_forgotten(rows):
    for row in rows:
        text = text_values(row)
        for secret in SECRETS:
            assert secret.lower() not in text, (type(row).__name__, row.pk, secret)


# Download ---------------------------------------------------------------------------------


def test_staff_download_the_data_of_a_person_without_an_account(officer_client, privacy_officer):
    someone = phone_only_person()
    dinner = course(ask_dietary=True)
    services.register(edition(dinner, capacity=5).pk, someone, Answers(dietary="Geen vis"))

    response = officer_client.get(url("data", someone))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"] is None
    assert data["deelnemer"]["telefoonnummer"] == SECRETS[3]
    assert data["aanmeldingen"][0]["dieetwensen"] == "Geen vis"
    [entry] = ModelLogEntry.objects.filter(action=audit.PARTICIPANT_EXPORTED)
    assert (entry.user, entry.object_id) == (privacy_officer, str(someone.pk))
    assert SECRETS[1] not in entry.label


def test_staff_download_is_the_same_file_the_person_gets(officer_client, academy):
    user, someone = user_with_participant()
    services.register(edition(capacity=5).pk, someone)

    staff_copy = json.loads(officer_client.get(url("data", someone)).content)
    own_copy = accounts.export_data(user)

    for data in (staff_copy, own_copy):
        data.pop("gemaakt_op")
    assert staff_copy == own_copy
    assert staff_copy["account"]["e-mailadressen"][0]["e-mailadres"] == user.email


def test_the_edit_page_offers_download_and_erase_to_who_may(client, privacy_officer):
    someone = phone_only_person()
    client.force_login(privacy_officer)
    html = client.get(url("edit", someone)).content.decode()
    assert url("data", someone) in html
    assert url("erase", someone) in html

    client.force_login(f.user(groups=["Academie"]))
    html = client.get(url("edit", someone)).content.decode()
    assert url("data", someone) in html  # the Academie group may export participants
    assert url("erase", someone) not in html


def test_staff_without_permission_are_refused(client, academy):
    someone = phone_only_person()
    client.force_login(f.user(groups=["Academie"]))  # no delete permission on participants
    assert refused(client.get(url("erase", someone)))
    assert refused(client.post(url("erase", someone)))

    client.force_login(f.user(groups=["Trainers"]))  # no export permission, not their edition
    assert refused(client.get(url("data", someone)))
    assert refused(client.post(url("erase", someone)))

    client.force_login(f.redacteur())
    assert refused(client.get(url("data", someone)))

    someone.refresh_from_db()
    assert someone.last_name == SECRETS[1]
    assert not ModelLogEntry.objects.filter(action__startswith="academy.").exists()


def test_an_unknown_participant_is_404(officer_client):
    assert (
        officer_client.get(reverse("academy_participants:data", args=(999999,))).status_code == 404
    )
    response = officer_client.post(reverse("academy_participants:erase", args=(999999,)))
    assert response.status_code == 404


# Erasure ----------------------------------------------------------------------------------


def test_the_confirmation_page_says_what_stays_and_erases_only_on_post(officer_client):
    someone = phone_only_person()

    page = officer_client.get(url("erase", someone))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Dit gaat weg" in html and "Dit blijft" in html
    assert 'method="post"' in html
    someone.refresh_from_db()
    assert someone.anonymised is None


def test_erasure_frees_the_place_for_the_waiting_list_and_forgets_the_person(
    officer_client, privacy_officer, django_capture_on_commit_callbacks
):
    user, someone = user_with_participant(email=SECRETS[2])
    Participant.objects.filter(pk=someone.pk).update(
        first_name=SECRETS[0], last_name=SECRETS[1], phone=SECRETS[3]
    )
    someone.refresh_from_db()
    full = edition(course(ask_dietary=True), capacity=1)
    answers = Answers(dietary="Halal", accessibility="Rolstoel", motivation="Zonneveld")
    place = services.register(full.pk, someone, answers)
    waiting = services.register(full.pk, participant(first_name="Wachtende"))
    assert (place.status, waiting.status) == (S.CONFIRMED, S.WAITING)
    # An edit by staff earlier (Wagtail logs it) and a download: the log must not keep a name.
    audit.log_participant_export(someone, privacy_officer)

    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(url("erase", someone), follow=True)

    assert response.status_code == 200
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED
    place.refresh_from_db()
    assert place.status == S.CANCELLED
    # The counts stay: the registration is still there, without the person.
    assert Registration.objects.filter(edition=full).count() == 2
    someone.refresh_from_db()
    assert someone.anonymised is not None
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email=SECRETS[2]).exists()
    assert_forgotten(
        [
            someone,
            *Registration.objects.filter(participant=someone),
            *OutgoingMail.objects.filter(registration__participant=someone),
            *ModelLogEntry.objects.all(),
        ]
    )
    assert not ProfessionalRegistration.objects.filter(participant=someone).exists()
    [entry] = ModelLogEntry.objects.filter(action=audit.PARTICIPANT_ERASED)
    assert entry.user == privacy_officer
    assert entry.data == {"plaatsen_vrijgegeven": 1}
    # Nothing is still waiting to be mailed to the erased person.
    assert not OutgoingMail.objects.filter(
        registration__participant=someone, status=OutgoingMail.Status.PENDING
    ).exists()


def test_erasure_keeps_the_certificate_verifiable_and_the_invoice(officer_client, client):
    ed = finished_edition(accredited_course(title="Signalen herkennen", points="4.0"))
    registration = attend(professional(ed, number="46101234"))
    someone = registration.participant
    certificate = issue_certificate(registration, notify=False)
    name_on_certificate = certificate.participant_name
    paid = course(prices={"professional": 4500})
    billed = services.register(
        edition(paid).pk,
        someone,
        billing=Billing(
            organisation="Zorggroep De Linde",
            address="Lindelaan 4",
            postcode="1315 AB",
            city="Almere",
            reference="PO-1",
        ),
    )
    invoices_before = Invoice.objects.filter(payment__registration=billed).count()

    officer_client.post(url("erase", someone))

    someone.refresh_from_db()
    assert someone.anonymised is not None
    certificate.refresh_from_db()
    assert certificate.participant_name == name_on_certificate
    cache.clear()
    response = client.get(reverse("academy:verify_certificate"), {"code": certificate.display_code})
    cache.clear()
    assert response.status_code == 200
    assert "Dit certificaat is geldig" in response.content.decode()
    assert Invoice.objects.filter(payment__registration=billed).count() >= invoices_before


def test_erasing_twice_says_it_was_done_already(officer_client):
    someone = phone_only_person()
    officer_client.post(url("erase", someone))

    again = officer_client.post(url("erase", someone))

    assert again.status_code == 409
    assert "al gewist" in again.content.decode()
    assert ModelLogEntry.objects.filter(action=audit.PARTICIPANT_ERASED).count() == 1
