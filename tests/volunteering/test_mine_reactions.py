"""Mijn organisatie: reactions and their outcome, the count panel, and IDOR: a person of
organisation X never sees or changes anything of organisation Y (404, like what does not
exist); an anonymous visitor is sent to sign in."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.volunteering import builders as b
from volunteering.models import Membership, ReactionStatus, VacancyStatus
from volunteering.services import outcomes
from volunteering.services.refusals import Refused

from .mine_helpers import member_of, vacancy_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def other(now):
    """Organisation Y with a live vacancy, a reaction and a member."""
    organisation = b.organisation(name="Organisatie Y", members=[b.user()])
    vacancy = b.vacancy(organisation, now=now, title="Geheime vacature")
    reaction = b.reaction(vacancy, now=now, name="Geheime Kandidaat")
    return organisation, vacancy, reaction


def test_reactions_page_shows_how_to_reach_people(client, now):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now)
    reaction = b.reaction(vacancy, now=now, phone="06 1234 5678")
    response = client.get(reverse("volunteering:reactions", kwargs={"vacancy_id": vacancy.pk}))
    content = response.content.decode()
    assert response.status_code == 200
    assert reaction.name in content and reaction.email in content and "06 1234 5678" in content


def test_setting_the_outcome_of_a_reaction(client, now):
    person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now)
    reaction = b.reaction(vacancy, now=now)
    url = reverse("volunteering:reaction_status", args=[reaction.pk])
    response = client.post(url, {f"reactie-{reaction.pk}-status": ReactionStatus.STARTED})
    assert response.status_code == 302
    assert response["Location"] == reverse("volunteering:reactions", args=[vacancy.pk])
    reaction.refresh_from_db()
    assert reaction.status == ReactionStatus.STARTED
    assert reaction.status_changed_by == person and reaction.status_changed_at is not None


def test_a_bad_outcome_is_400_and_changes_nothing(client, now):
    _person, organisation = member_of(client)
    reaction = b.reaction(b.vacancy(organisation, now=now), now=now)
    url = reverse("volunteering:reaction_status", args=[reaction.pk])
    response = client.post(url, {f"reactie-{reaction.pk}-status": "aangenomen"})
    assert response.status_code == 400
    assert "Kies een van de mogelijke uitkomsten." in response.content.decode()
    reaction.refresh_from_db()
    assert reaction.status == ReactionStatus.NEW
    with pytest.raises(Refused):
        outcomes.set_reaction_status(reaction, "aangenomen", by=None, now=now)


def test_the_count_panel(client, now):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now)
    b.vacancy(organisation, live=False)
    b.reaction(vacancy, now=now, status=ReactionStatus.STARTED)
    b.reaction(vacancy, now=now, status=ReactionStatus.IN_CONTACT)
    b.reaction(vacancy, now=now - dt.timedelta(days=62), status=ReactionStatus.NO_MATCH)
    response = client.get(reverse("volunteering:dashboard", args=[organisation.pk]))
    counts = response.context["counts"]
    assert counts == {
        "total": 3,
        "this_month": 2,
        "in_contact": 1,
        "matches": 1,
        "no_match": 1,
        "online": 1,
    }


def _urls_of(organisation, vacancy, reaction):
    membership = Membership.objects.filter(organisation=organisation).first()
    return [
        ("get", reverse("volunteering:dashboard", args=[organisation.pk]), {}),
        ("get", reverse("volunteering:profile", args=[organisation.pk]), {}),
        ("post", reverse("volunteering:profile", args=[organisation.pk]), {"name": "Overgenomen"}),
        ("get", reverse("volunteering:members", args=[organisation.pk]), {}),
        ("post", reverse("volunteering:members", args=[organisation.pk]), {"email": "x@y.nl"}),
        (
            "post",
            reverse("volunteering:member_remove", args=[organisation.pk, membership.pk]),
            {},
        ),
        ("get", reverse("volunteering:vacancies", args=[organisation.pk]), {}),
        ("get", reverse("volunteering:vacancy_new", args=[organisation.pk]), {}),
        ("post", reverse("volunteering:vacancy_new", args=[organisation.pk]), vacancy_post()),
        ("get", reverse("volunteering:vacancy_edit", args=[vacancy.pk]), {}),
        ("post", reverse("volunteering:vacancy_edit", args=[vacancy.pk]), vacancy_post()),
        ("post", reverse("volunteering:vacancy_submit", args=[vacancy.pk]), {}),
        ("post", reverse("volunteering:vacancy_close", args=[vacancy.pk]), {}),
        ("get", reverse("volunteering:vacancy_renew", args=[vacancy.pk]), {}),
        ("post", reverse("volunteering:vacancy_renew", args=[vacancy.pk]), {}),
        ("get", reverse("volunteering:reactions", kwargs={"vacancy_id": vacancy.pk}), {}),
        (
            "post",
            reverse("volunteering:reaction_status", args=[reaction.pk]),
            {f"reactie-{reaction.pk}-status": ReactionStatus.NO_MATCH},
        ),
    ]


def test_another_organisations_pages_are_404_and_nothing_changes(client, other):
    member_of(client)
    organisation, vacancy, reaction = other
    for method, url, data in _urls_of(organisation, vacancy, reaction):
        response = getattr(client, method)(url, data)
        assert response.status_code == 404, (method, url)
        assert b"Geheime" not in response.content
    organisation.refresh_from_db()
    vacancy.refresh_from_db()
    reaction.refresh_from_db()
    assert organisation.name == "Organisatie Y"
    assert vacancy.status == VacancyStatus.PUBLISHED and not vacancy.changes.exists()
    assert reaction.status == ReactionStatus.NEW
    assert Membership.objects.filter(organisation=organisation).count() == 1
    assert not organisation.vacancies.exclude(pk=vacancy.pk).exists()


def test_a_member_cannot_remove_a_membership_of_another_organisation(client, other):
    _person, mine = member_of(client)
    organisation, _vacancy, _reaction = other
    theirs = Membership.objects.get(organisation=organisation)
    url = reverse("volunteering:member_remove", args=[mine.pk, theirs.pk])
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, other):
    organisation, vacancy, reaction = other
    for method, url, data in _urls_of(organisation, vacancy, reaction):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(reverse("account_login"))
    reaction.refresh_from_db()
    assert reaction.status == ReactionStatus.NEW
