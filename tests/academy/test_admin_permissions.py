"""Who may do what under 'Academie': staff everything, trainers only their own editions,
editors without academy permissions nothing (invariant 5: personal data only for staff with
the permission)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from academy.models import EditionStatus, OutgoingMail, Registration, RegistrationStatus
from academy.services import registration as services
from tests import factories as f

from .conftest import edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


@pytest.fixture
def trainer_setup(academy):
    """A trainer (Person with an account) on one edition; another edition without them."""
    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    own = edition(capacity=5)
    own.trainers.add(person)
    own.save()  # a ParentalManyToManyField is written when its edition is saved
    other = edition(capacity=5)
    mine = services.register(own.pk, participant(first_name="Mijn", last_name="Deelnemer"))
    theirs = services.register(other.pk, participant(first_name="Andere", last_name="Persoon"))
    return account, own, other, mine, theirs


@pytest.fixture
def trainer_client(client, trainer_setup):
    client.force_login(trainer_setup[0])
    return client


def test_staff_see_the_academie_menu_and_editors_do_not(client, academy):
    staff = f.user(groups=["Academie"])
    client.force_login(staff)
    assert "Academie" in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = f.redacteur()
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert "Academie" not in home.content.decode()


def test_editor_without_academy_permissions_is_refused(client, academy):
    ed = edition()
    (registration,) = [services.register(ed.pk, participant())]
    client.force_login(f.redacteur())
    for path in (
        reverse("academy_editions:index"),
        reverse("academy_registrations:index"),
        reverse("academy_registrations:index") + "?export=csv",
        reverse("academy_participants:index"),
        reverse("academy_mail:index"),
        reverse("academy_registers:index"),
        url("registrations", ed.pk),
        url("register", ed.pk),
        url("edit", ed.pk),
    ):
        response = client.get(path)
        assert refused(response), path
        assert registration.participant.email not in response.content.decode()
    response = client.post(url("cancel_edition", ed.pk), {"reason": "x", "confirm": "on"})
    assert refused(response)
    ed.refresh_from_db()
    assert ed.status == EditionStatus.OPEN


def test_anonymous_visitor_goes_to_the_login_page(client, academy):
    ed = edition()
    response = client.get(url("registrations", ed.pk))
    assert response.status_code == 302
    assert "login" in response["Location"]
    response = client.post(url("cancel_edition", ed.pk), {"reason": "x", "confirm": "on"})
    assert response.status_code == 302
    ed.refresh_from_db()
    assert ed.status == EditionStatus.OPEN


def test_trainer_sees_only_own_editions(trainer_client, trainer_setup):
    _account, own, other, mine, theirs = trainer_setup
    response = trainer_client.get(reverse("academy_editions:index"))
    assert response.status_code == 200
    assert [e.pk for e in response.context["object_list"]] == [own.pk]
    overview = trainer_client.get(url("registrations", own.pk))
    assert overview.status_code == 200
    html = overview.content.decode()
    assert "Mijn Deelnemer" in html
    # Trainers look; they do not register, move, cancel or mail.
    for label in ("Iemand aanmelden", "Editie annuleren", "E-mail aan alle deelnemers"):
        assert label not in html
    assert trainer_client.get(url("registrations", other.pk)).status_code == 404


def test_trainer_sees_only_registrations_and_participants_of_own_editions(
    trainer_client, trainer_setup
):
    _account, own, other, mine, theirs = trainer_setup
    response = trainer_client.get(reverse("academy_registrations:index"))
    assert response.status_code == 200
    assert [r.pk for r in response.context["object_list"]] == [mine.pk]
    response = trainer_client.get(reverse("academy_registrations:index"), {"edition": other.pk})
    assert theirs.participant.full_name not in response.content.decode()
    response = trainer_client.get(reverse("academy_participants:index"))
    assert [p.pk for p in response.context["object_list"]] == [mine.participant_id]
    edit = reverse("academy_participants:edit", args=(theirs.participant_id,))
    assert refused(trainer_client.get(edit))


def test_trainer_cannot_act_on_editions(trainer_client, trainer_setup):
    _account, own, other, mine, theirs = trainer_setup
    for ed in (own, other):
        assert refused(
            trainer_client.post(url("cancel_edition", ed.pk), {"reason": "x", "confirm": "on"})
        )
        assert refused(trainer_client.get(url("edit", ed.pk)))
        assert refused(trainer_client.post(url("register", ed.pk), {"participant": mine.pk}))
        assert refused(
            trainer_client.post(
                url("mail", ed.pk), {"message_id": "a" * 32, "subject": "x", "message": "x"}
            )
        )
    for registration in (mine, theirs):
        path = url("cancel_registration", registration.edition_id, registration.pk)
        assert refused(trainer_client.post(path))
        path = url("move", registration.edition_id, registration.pk)
        assert refused(trainer_client.post(path, {"to_edition": other.pk}))
    own.refresh_from_db()
    assert own.status == EditionStatus.OPEN
    assert set(Registration.objects.values_list("status", flat=True)) == {S.CONFIRMED}
    assert not OutgoingMail.objects.filter(kind__in=["staff_message", "edition_cancelled"]).exists()


def test_trainer_cannot_export(trainer_client, trainer_setup):
    _account, own, other, _mine, _theirs = trainer_setup
    index = reverse("academy_registrations:index")
    for params in ({"export": "csv"}, {"export": "xlsx", "edition": other.pk}):
        assert refused(trainer_client.get(index, params))
    page = trainer_client.get(index).content.decode()
    assert "Download CSV" not in page and "export=csv" not in page


def test_trainer_with_export_permission_exports_only_own_editions(trainer_client, trainer_setup):
    account, own, other, mine, theirs = trainer_setup
    account.user_permissions.add(Permission.objects.get(codename="export_participants"))
    index = reverse("academy_registrations:index")
    response = trainer_client.get(index, {"export": "csv", "edition": other.pk})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert theirs.participant.full_name not in text
    response = trainer_client.get(index, {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert mine.participant.full_name in text
    assert theirs.participant.full_name not in text


def test_trainer_without_a_person_sees_no_editions(client, trainer_setup):
    client.force_login(f.user(groups=["Trainers"]))
    response = client.get(reverse("academy_editions:index"))
    assert response.status_code == 200
    assert list(response.context["object_list"]) == []


def test_staff_without_export_permission_cannot_export(client, academy):
    group = Group.objects.create(name="Academie zonder export")
    group.permissions.set(
        Group.objects.get(name="Academie").permissions.exclude(codename="export_participants")
    )
    user = f.user(groups=["Academie zonder export"])
    client.force_login(user)
    ed = edition()
    services.register(ed.pk, participant())
    index = reverse("academy_registrations:index")
    assert client.get(index).status_code == 200
    assert refused(client.get(index, {"export": "csv"}))
    assert refused(client.get(index, {"export": "xlsx"}))
    assert "export=csv" not in client.get(url("registrations", ed.pk)).content.decode()


def test_academie_group_can_export(client, academy):
    client.force_login(f.user(groups=["Academie"]))
    ed = edition()
    services.register(ed.pk, participant())
    response = client.get(reverse("academy_registrations:index"), {"export": "csv"})
    assert response.status_code == 200
