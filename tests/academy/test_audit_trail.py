"""The audit trail: staff actions on personal data land in Wagtail's audit log, with who,
when, a Dutch label and a few facts, never the personal data itself; the site history and a
participant's history show them to staff with a permission on participants, and not to others."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry

from academy.models import Participant, RegistrationStatus
from academy.services import audit
from academy.services import registration as services
from tests import factories as f

from .certificate_builders import attend, confirmed, finished_edition
from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

NAME = ("Fenna", "Oosterbeek")
EMAIL = "fenna.oosterbeek@example.nl"


def person(**fields):
    fields.setdefault("email", EMAIL)
    return participant(first_name=NAME[0], last_name=NAME[1], **fields)


def entries(action=None):
    queryset = ModelLogEntry.objects.order_by("timestamp", "pk")
    if action:
        queryset = queryset.filter(action=action)
    return list(queryset)


def assert_no_personal_data(entry):
    text = f"{entry.label} {entry.data}".lower()
    for secret in (*NAME, EMAIL, "036 111"):
        assert secret.lower() not in text, (entry.action, entry.label, entry.data)


def edition_url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def participant_form(someone, **changes):
    data = {
        "first_name": someone.first_name,
        "last_name": someone.last_name,
        "email": someone.email,
        "phone": someone.phone,
        "organisation": someone.organisation,
        "wijk": "",
        "participant_type": someone.participant_type,
        "numbers-TOTAL_FORMS": "0",
        "numbers-INITIAL_FORMS": "0",
        "numbers-MIN_NUM_FORMS": "0",
        "numbers-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_our_actions_have_dutch_labels_in_wagtails_registry():
    from wagtail.log_actions import registry

    registry.scan_for_actions()
    assert registry.get_action_label(audit.PARTICIPANT_EXPORTED) == "Gegevens geëxporteerd"
    assert registry.get_action_label(audit.PARTICIPANT_ERASED) == "Deelnemer gewist"
    for action in audit.ACTIONS:
        assert registry.action_exists(action)


def test_editing_a_participant_in_the_admin_is_logged_without_their_name(staff_client, staff):
    someone = person(phone="036 111 22 33")
    edit = reverse("academy_participants:edit", args=(someone.pk,))

    response = staff_client.post(edit, participant_form(someone, organisation="Buurtteam Haven"))

    assert response.status_code == 302
    [entry] = entries("wagtail.edit")
    assert entry.user == staff
    assert entry.object_id == str(someone.pk)
    assert entry.content_type == ContentType.objects.get_for_model(Participant)
    assert entry.label == f"Deelnemer {someone.pk}"
    assert_no_personal_data(entry)


def test_staff_registering_cancelling_and_moving_are_logged_on_the_person(staff_client, staff):
    training = course()
    first, second = edition(training, capacity=5), edition(training, capacity=5)
    someone = person()

    staff_client.post(edition_url("register", first.pk), {"participant": someone.pk})
    registration = someone.registrations.get()
    staff_client.post(edition_url("move", first.pk, registration.pk), {"to_edition": second.pk})
    moved = someone.registrations.get(status=RegistrationStatus.CONFIRMED)
    staff_client.post(
        edition_url("cancel_registration", second.pk, moved.pk), {"reason": "Verhuisd"}
    )

    logged = entries()
    assert [entry.action for entry in logged] == [
        audit.REGISTERED_BY_STAFF,
        audit.MOVED_BY_STAFF,
        audit.CANCELLED_BY_STAFF,
    ]
    for entry in logged:
        assert entry.user == staff
        assert entry.object_id == str(someone.pk)
        assert_no_personal_data(entry)
    assert logged[0].data["editie"] == first.pk
    assert logged[1].data == {
        "aanmelding": moved.pk,
        "status": RegistrationStatus.CONFIRMED,
        "editie": second.pk,
        "titel": second.title,
        "from_edition": first.pk,
    }
    assert logged[2].data["status"] == RegistrationStatus.CANCELLED


def test_a_new_phone_only_person_registered_by_staff_is_logged(staff_client):
    ed = edition(capacity=5)
    staff_client.post(
        edition_url("register", ed.pk),
        {
            "participant": "",
            "first_name": NAME[0],
            "last_name": NAME[1],
            "phone": "036 111 22 33",
            "email": "",
            "participant_type": "mantelzorger",
        },
    )
    [entry] = entries(audit.REGISTERED_BY_STAFF)
    assert entry.data["new_person"] is True
    assert_no_personal_data(entry)


def test_registrations_export_is_logged_with_its_edition_and_row_count(staff_client, staff):
    ed = edition(capacity=5)
    for _ in range(3):
        services.register(ed.pk, person(email=""))
    index = reverse("academy_registrations:index")

    response = staff_client.get(index, {"edition": ed.pk, "export": "csv"})
    b"".join(response.streaming_content)
    staff_client.get(index, {"export": "xlsx", "q": "oosterbeek"})

    on_edition, across = entries(audit.LIST_EXPORTED)
    assert on_edition.user == staff
    assert on_edition.object_id == str(ed.pk)
    assert on_edition.data == {
        "lijst": "aanmeldingen",
        "formaat": "csv",
        "rijen": 3,
        "filters": ["edition"],
        "editie": ed.pk,
        "titel": ed.title,
    }
    # Across editions: logged on the site; the search text itself is not kept.
    assert across.data["formaat"] == "xlsx"
    assert across.data["filters"] == ["q"]
    assert "oosterbeek" not in str(across.data)


def test_presence_list_and_certificate_zip_downloads_are_logged(staff_client):
    from academy.services.certificates import issue_certificate

    ed = finished_edition(course(title="Omgaan met dementie"))
    registration = attend(confirmed(ed, person()))
    issue_certificate(registration, notify=False)
    session = ed.sessions.first()

    staff_client.get(edition_url("presence_list", ed.pk, session.pk))
    response = staff_client.get(edition_url("certificates_zip", ed.pk))
    assert response.status_code == 200

    presence, certificates = entries(audit.LIST_EXPORTED)
    assert (presence.data["lijst"], presence.data["formaat"]) == ("presentielijst", "pdf")
    assert (certificates.data["lijst"], certificates.data["rijen"]) == ("certificaten", 1)
    for entry in (presence, certificates):
        assert entry.object_id == str(ed.pk)
        assert_no_personal_data(entry)


def test_a_refund_is_logged_on_the_payment(client, academy):
    from academy.services import payments

    staff = f.user(groups=["Academie"])
    client.force_login(staff)
    paid = course(prices={"professional": 4500})
    registration = services.register(edition(paid).pk, person(participant_type="professional"))
    payment = registration.payments.get()
    payments.apply_outcome(payment, "paid", event_id=f"evt_{payment.reference}", source="test")

    client.post(
        reverse("academy_payments:refund", args=(payment.pk,)),
        {"amount": "10,00", "reason": "Korting"},
    )

    [entry] = entries(audit.PAYMENT_REFUNDED)
    assert entry.user == staff
    assert entry.object_id == str(payment.pk)
    assert entry.data == {"kenmerk": payment.reference, "bedrag_in_centen": 1000}


def test_site_history_shows_the_entries_with_readable_labels(client, academy):
    someone = person()
    admin = f.superuser()
    audit.log_participant_export(someone, admin)
    client.force_login(admin)

    response = client.get(reverse("wagtailadmin_reports:site_history"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Gegevens geëxporteerd" in html
    assert f"Deelnemer {someone.pk}" in html
    assert NAME[1] not in html


def test_participant_history_is_for_staff_who_may_change_participants(client, staff, academy):
    own_edition = edition(capacity=5)
    someone = person()
    services.register(own_edition.pk, someone)
    audit.log_participant_export(someone, staff)
    history = reverse("academy_participants:history", args=(someone.pk,))

    client.force_login(staff)
    page = client.get(history)
    assert page.status_code == 200
    assert "Alle gegevens van de deelnemer gedownload" in page.content.decode()
    # The edit page links to it.
    edit = client.get(reverse("academy_participants:edit", args=(someone.pk,)))
    assert history in edit.content.decode()

    # A trainer (view only) does not get it, even for a person in their own edition.
    trainer = f.user(groups=["Trainers"])
    mentor = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=trainer)
    own_edition.trainers.add(mentor)
    own_edition.save()
    client.force_login(trainer)
    response = client.get(history)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


def test_editors_without_academy_permissions_do_not_see_academy_entries(client, academy):
    someone = person()
    audit.log_participant_export(someone, f.superuser())
    client.force_login(f.redacteur())

    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert "Gegevens geëxporteerd" not in html
    assert f"Deelnemer {someone.pk}" not in html


def test_cancelling_an_edition_is_logged_on_the_edition(staff_client, staff):
    ed = edition(capacity=5)
    for _ in range(2):
        services.register(ed.pk, person())

    staff_client.post(
        edition_url("cancel_edition", ed.pk), {"reason": "De trainer is ziek.", "confirm": "on"}
    )

    [entry] = entries(audit.EDITION_CANCELLED)
    assert entry.user == staff
    assert entry.object_id == str(ed.pk)
    assert entry.data == {"editie": ed.pk, "titel": ed.title, "afgemeld": 2}


def test_marking_an_invoice_paid_is_logged_on_the_payment(client, academy):
    from academy.services import charges

    staff = f.user(groups=["Academie"])
    client.force_login(staff)
    paid = course(prices={"professional": 4500})
    billing = charges.Billing(
        organisation="Zorggroep", address="Laan 1", postcode="1315 AB", city="Almere"
    )
    registration = services.register(
        edition(paid).pk, person(participant_type="professional"), billing=billing
    )
    payment = registration.payments.get()

    client.post(reverse("academy_payments:mark_paid", args=(payment.pk,)))

    [entry] = entries(audit.INVOICE_MARKED_PAID)
    assert entry.user == staff
    assert entry.object_id == str(payment.pk)
    assert entry.data == {"kenmerk": payment.reference}


def test_an_action_that_is_refused_leaves_no_entry(staff_client):
    ed = edition(capacity=1)
    someone = person()
    services.register(ed.pk, someone)

    # The same person again: the engine refuses, and the log says nothing happened.
    response = staff_client.post(edition_url("register", ed.pk), {"participant": someone.pk})

    assert response.status_code == 409
    assert entries(audit.REGISTERED_BY_STAFF) == []
