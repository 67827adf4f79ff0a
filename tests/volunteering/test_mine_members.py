"""Mijn organisatie: the people who may act for an organisation."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.volunteering import builders as b
from volunteering.models import Membership, OutgoingMessage
from volunteering.services import organisations as services
from volunteering.services.refusals import Refused

from .mine_helpers import member_of

pytestmark = pytest.mark.django_db


def test_inviting_an_existing_account_adds_it(client):
    person, organisation = member_of(client)
    colleague = b.user("collega@example.org")
    response = client.post(
        reverse("volunteering:members", args=[organisation.pk]), {"email": "Collega@Example.org"}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(organisation=organisation, user=colleague).exists()
    invitation = OutgoingMessage.objects.get(kind="member_invited")
    assert invitation.to == "Collega@Example.org"
    assert organisation.name in invitation.subject


def test_inviting_a_new_address_makes_an_account_that_signs_in_with_a_code(client):
    _person, organisation = member_of(client)
    client.post(
        reverse("volunteering:members", args=[organisation.pk]), {"email": "nieuw@example.org"}
    )
    address = EmailAddress.objects.get(email="nieuw@example.org")
    assert address.verified is False
    user = address.user
    assert not user.has_usable_password() and not user.is_staff
    assert Membership.objects.filter(organisation=organisation, user=user).exists()
    invitation = OutgoingMessage.objects.get(kind="member_invited")
    assert reverse("account_request_login_code") in invitation.body_text


def test_inviting_a_member_twice_is_400(client):
    person, organisation = member_of(client)
    response = client.post(
        reverse("volunteering:members", args=[organisation.pk]), {"email": person.email}
    )
    assert response.status_code == 400
    assert "beheert deze organisatie al" in response.content.decode()


def test_bad_address_is_400_and_adds_nobody(client):
    _person, organisation = member_of(client)
    users = get_user_model().objects.count()
    response = client.post(
        reverse("volunteering:members", args=[organisation.pk]), {"email": "geen adres"}
    )
    assert response.status_code == 400
    assert "e-mailadres" in response.content.decode()
    assert get_user_model().objects.count() == users
    assert Membership.objects.filter(organisation=organisation).count() == 1


def test_a_person_in_two_organisations(now):
    person = b.user()
    first = b.organisation(members=[person])
    second = b.organisation()
    services.add_member(second, person.email, by=None, now=now)
    assert set(person.organisation_memberships.values_list("organisation", flat=True)) == {
        first.pk,
        second.pk,
    }


def test_the_last_member_cannot_be_removed(client):
    person, organisation = member_of(client)
    membership = Membership.objects.get(user=person)
    response = client.post(
        reverse("volunteering:member_remove", args=[organisation.pk, membership.pk])
    )
    assert response.status_code == 409
    assert "laatste beheerder" in response.content.decode()
    assert Membership.objects.filter(pk=membership.pk).exists()
    with pytest.raises(Refused):
        services.remove_member(organisation, membership, by=person)


def test_a_member_removes_a_colleague(client):
    _person, organisation = member_of(client)
    colleague = b.user()
    membership = Membership.objects.create(organisation=organisation, user=colleague)
    response = client.post(
        reverse("volunteering:member_remove", args=[organisation.pk, membership.pk])
    )
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_removing_needs_post(client):
    person, organisation = member_of(client)
    membership = Membership.objects.get(user=person)
    url = reverse("volunteering:member_remove", args=[organisation.pk, membership.pk])
    assert client.get(url).status_code == 405
