"""Issue 14: people in the admin. One history per person (registrations, certificates,
payments, with links), staff accounts are not participants (one rule), and the editions
list has a search box (training, edition, location, trainer)."""

import html

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from academy.models import Participant, Payment
from academy.services import accounts
from academy.services import certificates as certificate_services
from tests import factories as f

from . import certificate_builders as b
from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


def text_of(response):
    return html.unescape(response.content.decode())


def edit_url(person):
    return reverse("academy_participants:edit", args=(person.pk,))


# One history per person -------------------------------------------------------------------------


@pytest.fixture
def history(academy):
    """A person with a certificate, a registration in an upcoming edition with a payment,
    and a cancelled registration."""
    person = participant(first_name="Fatima", last_name="Yilmaz", participant_type="professional")
    done = b.finished_edition(b.accredited_course(title="Omgaan met dementie"), sessions=1)
    registration = b.attend(b.confirmed(done, person))
    certificate = certificate_services.issue_certificate(registration)
    upcoming = edition(b.accredited_course(title="Signaleren"))
    paid = b.confirmed(upcoming, person, price_cents=4500)
    payment = Payment.objects.create(
        registration=paid, amount_cents=4500, reference="VMCA-TEST-1", method="factuur"
    )
    ended = b.confirmed(edition(course(title="Taalmaatje worden")), person, status="geannuleerd")
    return person, registration, certificate, paid, payment, ended


def test_participant_page_lists_registrations_certificates_and_payments(staff_client, history):
    person, registration, certificate, paid, payment, ended = history

    response = staff_client.get(edit_url(person))

    assert response.status_code == 200
    page = text_of(response)
    assert "Geschiedenis van deze deelnemer" in page
    registrations = response.context["history_registrations"]
    assert {r.pk for r in registrations} == {registration.pk, paid.pk, ended.pk}
    for item in registrations:
        assert item.admin_url in page
    overview = reverse("academy_editions:registrations", args=(paid.edition_id,))
    assert f"{overview}#aanmelding-{paid.pk}" in page
    # A live registration in an accredited course: its number can be added from here.
    number_url = reverse("academy_editions:register_number", args=(paid.edition_id, paid.pk))
    assert f"{number_url}?terug=deelnemer" in page
    ended_number_url = reverse(
        "academy_editions:register_number", args=(ended.edition_id, ended.pk)
    )
    assert ended_number_url not in page
    assert certificate.display_code in page
    assert (
        reverse(
            "academy_editions:certificate_download", args=(registration.edition_id, certificate.pk)
        )
        in page
    )
    assert "VMCA-TEST-1" in page
    assert reverse("academy_payments:inspect", args=(payment.pk,)) in page
    assert "€ 45,00" in page


def test_the_number_screen_goes_back_to_the_person(staff_client, history):
    person, _registration, _certificate, paid, _payment, _ended = history
    path = reverse("academy_editions:register_number", args=(paid.edition_id, paid.pk))

    response = staff_client.post(
        f"{path}?terug=deelnemer",
        {"register": b.register().pk, "register_number": "46101234"},
    )

    assert response.status_code == 302
    assert response["Location"] == edit_url(person)


def test_payments_stay_hidden_without_the_payment_permission(client, history):
    person, *_rest = history
    user = f.user(groups=["Academie"])
    user.groups.first().permissions.remove(Permission.objects.get(codename="view_payment"))
    client.force_login(user)
    assert not user.has_perm("academy.view_payment")

    response = client.get(edit_url(person))

    assert response.status_code == 200
    assert not response.context["show_payments"]
    assert "VMCA-TEST-1" not in text_of(response)


def test_the_new_participant_form_has_no_history(staff_client):
    response = staff_client.get(reverse("academy_participants:add"))
    assert response.status_code == 200
    assert "Geschiedenis van deze deelnemer" not in text_of(response)


# Staff accounts are not participants ------------------------------------------------------------


@pytest.fixture
def people(academy):
    """Participants behind every kind of account, and one without an account."""
    admin_access = Permission.objects.get(codename="access_admin")
    with_access = f.user()
    with_access.user_permissions.add(admin_access)
    inactive_with_access = f.user(is_active=False)
    inactive_with_access.user_permissions.add(admin_access)
    accounts_by_kind = {
        "django staff": f.user(is_staff=True),
        "superuser": f.superuser(),
        "academy group": f.user(groups=["Academie"]),
        "trainer": f.user(groups=["Trainers"]),
        "editor": f.redacteur(),
        "admin access": with_access,
        "volunteer": f.user(),
        "inactive with access": inactive_with_access,
    }
    people = {
        kind: participant(first_name="Persoon", last_name=kind, user=user)
        for kind, user in accounts_by_kind.items()
    }
    people["phone only"] = participant(first_name="Persoon", last_name="phone only")
    return accounts_by_kind, people


STAFF_KINDS = {"django staff", "superuser", "academy group", "trainer", "editor", "admin access"}


def test_one_rule_decides_who_is_staff(people):
    accounts_by_kind, _people = people
    said = {kind for kind, user in accounts_by_kind.items() if accounts.is_staff_account(user)}
    assert said == STAFF_KINDS
    # The same rule as a query.
    in_query = set(accounts.staff_accounts().values_list("pk", flat=True))
    assert in_query == {accounts_by_kind[kind].pk for kind in STAFF_KINDS}
    assert not accounts.is_staff_account(None)


def test_staff_accounts_are_not_in_the_participant_list(staff_client, people):
    _accounts, by_kind = people

    response = staff_client.get(reverse("academy_participants:index"), {"q": "Persoon"})

    listed = {person.last_name for person in response.context["object_list"]}
    assert listed == {"volunteer", "inactive with access", "phone only"}
    assert Participant.objects.filter(first_name="Persoon").count() == len(by_kind)


def test_staff_accounts_are_not_offered_when_registering_someone(staff_client, people):
    ed = edition()

    response = staff_client.get(
        reverse("academy_editions:register", args=(ed.pk,)), {"zoek": "Persoon"}
    )

    choices = dict(response.context["form"].fields["participant"].widget.choices)
    names = {str(label).split(" (")[0] for label in choices.values()}
    assert "Persoon trainer" not in names and "Persoon superuser" not in names
    assert {"Persoon volunteer", "Persoon phone only"} <= names


# Searching editions ------------------------------------------------------------------------------


@pytest.fixture
def editions(academy):
    trainer = f.person(first_name="Anna", last_name="de Vries", is_trainer=True)
    first = edition(course(title="Eerste hulp bij ongelukken"), name="voorjaar")
    first.trainers.add(trainer)
    first.save()
    second = edition(course(title="Taalmaatje worden"), name="najaar")
    session = second.sessions.get()
    session.venue = "Bibliotheek Almere Haven"
    session.save()
    third = edition(course(title="Fondsenwerving"), name="winter")
    for registration_edition in (first, first, second):
        b.confirmed(registration_edition)
    return first, second, third


def search_editions(client, text):
    response = client.get(reverse("academy_editions:index"), {"q": text})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hulp", {"first"}),  # course title
        ("najaar", {"second"}),  # edition name
        ("bibliotheek", {"second"}),  # location of a session
        ("schakel", {"first", "second", "third"}),  # every session's venue
        ("Vries", {"first"}),  # trainer
        ("anna de vries", {"first"}),  # trainer, full name
        ("taalmaatje haven", {"second"}),  # every word somewhere
        ("taalmaatje vries", set()),
        ("onbekend", set()),
    ],
)
def test_editions_search_on_course_edition_location_and_trainer(
    staff_client, editions, text, expected
):
    named = dict(zip(("first", "second", "third"), editions, strict=True))
    response = search_editions(staff_client, text)
    found = {name for name, ed in named.items() if ed in response.context["object_list"]}
    assert found == expected


def test_editions_search_keeps_the_counts_and_shows_each_edition_once(staff_client, editions):
    first, *_rest = editions
    response = search_editions(staff_client, "schakel")
    rows = [row for row in response.context["object_list"] if row.pk == first.pk]
    assert len(rows) == 1
    assert rows[0].confirmed_count == 2
    assert 'name="q"' in response.content.decode()
