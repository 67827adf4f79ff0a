"""Mijn organisatie: signing up an organisation, the overview, the profile."""

import pytest
from django.core import mail
from django.urls import reverse

from cms.models import Partner
from tests.volunteering import builders as b
from volunteering.models import (
    Membership,
    OrganisationAccount,
    OrganisationStatus,
    OutgoingMessage,
)
from volunteering.services import organisations as services

from .mine_helpers import member_of

pytestmark = pytest.mark.django_db

SIGN_UP = {
    "name": "Stichting Buurtkracht",
    "description": "Wij helpen bewoners in Almere Haven.",
    "street_address": "Havenhoofd 3",
    "postcode": "1353 AA",
    "web_address": "https://buurtkracht.example",
    "contact_name": "Ali Yilmaz",
    "phone": "036 000 0000",
    "email": "info@buurtkracht.example",
    "motivation": "Wij zijn een stichting met twintig vrijwilligers.",
    "consent": "on",
}


@pytest.mark.parametrize("name", ["volunteering:mine", "volunteering:sign_up"])
def test_anonymous_visitors_are_sent_to_sign_in_with_next(client, name):
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]


def test_sign_up_creates_a_pending_organisation_with_its_member(
    client, settings, django_capture_on_commit_callbacks
):
    settings.VOLUNTEERING_STAFF_EMAIL = "vacaturebank@vmca.example"
    person = b.user()
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("volunteering:sign_up"), SIGN_UP)
    partner = Partner.objects.get(name="Stichting Buurtkracht")
    assert response.status_code == 302
    assert response["Location"] == reverse("volunteering:dashboard", args=[partner.pk])
    assert partner.slug == "stichting-buurtkracht"
    assert partner.website == "https://buurtkracht.example"
    account = OrganisationAccount.objects.get(organisation=partner)
    assert account.status == OrganisationStatus.PENDING
    assert account.motivation.startswith("Wij zijn een stichting")
    assert Membership.objects.filter(organisation=partner, user=person).exists()
    person.refresh_from_db()
    assert not person.is_staff and not person.is_superuser
    assert not person.user_permissions.exists() and not person.groups.exists()
    [staff_mail] = [m for m in mail.outbox if m.to == ["vacaturebank@vmca.example"]]
    assert "Stichting Buurtkracht" in staff_mail.subject

    page = client.get(response["Location"])
    assert "Wacht op goedkeuring van VMCA" in page.content.decode()
    # The members of an organisation never reach the Wagtail admin.
    assert client.get("/admin/").status_code in (302, 403)
    assert not client.get("/admin/").get("Location", "").startswith("/admin/pages")


def test_a_partner_of_the_same_name_is_not_taken_over(client, settings):
    settings.VOLUNTEERING_STAFF_EMAIL = "vacaturebank@vmca.example"
    existing = b.organisation(name="Stichting Buurtkracht", status=None)
    client.force_login(b.user())
    client.post(reverse("volunteering:sign_up"), SIGN_UP)
    new = Partner.objects.exclude(pk=existing.pk).get(name="Stichting Buurtkracht")
    assert new.slug != existing.slug
    assert not Membership.objects.filter(organisation=existing).exists()
    assert not OrganisationAccount.objects.filter(organisation=existing).exists()
    staff_mail = OutgoingMessage.objects.get(kind="organisation_signed_up")
    assert staff_mail.to == "vacaturebank@vmca.example"
    assert "al een organisatie met deze naam" in staff_mail.body_text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "Dit is een verplicht veld."),
        ({"email": "geen-adres"}, "e-mailadres"),
        ({"consent": None}, "U moet akkoord gaan met de voorwaarden."),
        ({"web_address": "niet zomaar tekst met spaties"}, "URL"),
        ({"motivation": ""}, "Dit is een verplicht veld."),
    ],
)
def test_bad_sign_up_is_400_with_a_dutch_message_and_saves_nothing(client, change, message):
    client.force_login(b.user())
    data = {**SIGN_UP, **change}
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(reverse("volunteering:sign_up"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Partner.objects.filter(name="Stichting Buurtkracht").exists()
    assert not OrganisationAccount.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_a_person_in_two_organisations_picks_one(client):
    person, first = member_of(client)
    second = b.organisation(name="Zzz Sportclub", members=[person])
    response = client.get(reverse("volunteering:mine"))
    assert response.status_code == 200
    content = response.content.decode()
    assert first.name in content and second.name in content
    assert client.get(reverse("volunteering:dashboard", args=[second.pk])).status_code == 200


def test_one_organisation_goes_straight_to_its_overview(client):
    _person, organisation = member_of(client)
    response = client.get(reverse("volunteering:mine"))
    assert response["Location"] == reverse("volunteering:dashboard", args=[organisation.pk])


def test_suspended_organisation_sees_a_banner(client):
    _person, organisation = member_of(client, status=OrganisationStatus.SUSPENDED)
    response = client.get(reverse("volunteering:dashboard", args=[organisation.pk]))
    assert "Uw organisatie is geschorst" in response.content.decode()


def test_header_shows_mijn_organisatie_only_to_members(client):
    person = b.user()
    client.force_login(person)
    b.vacancy_index()
    response = client.get(reverse("volunteering:mine"))
    assert response.status_code == 200
    assert "Mijn organisatie</a>" not in response.content.decode()
    b.organisation(members=[person])
    b.organisation(members=[person])
    response = client.get(reverse("volunteering:mine"))
    assert "Mijn organisatie</a>" in response.content.decode()


def test_profile_edit_saves_the_register_fields(client):
    _person, organisation = member_of(client)
    url = reverse("volunteering:profile", args=[organisation.pk])
    assert client.get(url).status_code == 200
    data = {key: SIGN_UP[key] for key in SIGN_UP if key not in ("motivation", "consent")}
    data["name"] = "Nieuwe Naam"
    response = client.post(url, data)
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Nieuwe Naam"
    assert organisation.website == "https://buurtkracht.example"


def test_profile_with_bad_input_is_400_and_unchanged(client):
    _person, organisation = member_of(client)
    url = reverse("volunteering:profile", args=[organisation.pk])
    response = client.post(url, {"name": "Nieuw", "contact_name": "", "email": "x"})
    assert response.status_code == 400
    assert "Dit is een verplicht veld." in response.content.decode()
    old_name = organisation.name
    organisation.refresh_from_db()
    assert organisation.name == old_name


def test_sign_up_service_makes_all_three_records(now):
    person = b.user()
    partner = services.sign_up(
        person, {"name": "Club", "contact_name": "A", "email": "a@b.nl"}, now=now
    )
    assert partner.vacancy_account.requested_at == now
    assert list(partner.memberships.values_list("user", flat=True)) == [person.pk]
