"""Issue 14: staff record a professional's register number, when they register someone by
phone and afterwards (on the registration or on the person), checked as on the website;
the person is then on the PE-online list, and a certificate issued without (or with a
wrong) number is re-issued with the points. Every change is in the audit trail."""

import html

import pytest
from django.urls import reverse

from academy.models import Certificate, ProfessionalRegistration, Registration
from academy.services import audit
from academy.services import certificates as certificate_services
from tests import factories as f

from . import certificate_builders as b
from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

RP_HINT = "Dit nummer klopt niet voor Registerplein. Het nummer begint met 4610."


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def text_of(response):
    return html.unescape(response.content.decode())


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def number_entries(person):
    return [
        entry
        for entry in audit.entries_for(person)
        if entry.action == audit.REGISTER_NUMBER_CHANGED
    ]


def pe_online_numbers(client, ed, register):
    response = client.get(url("accreditation_txt", ed.pk, register.pk))
    assert response.status_code == 200
    return response.content.decode().splitlines()


@pytest.fixture
def accredited_edition(academy):
    page = b.accredited_course(points="4.0", title="Signaleren van huiselijk geweld")
    return edition(page, capacity=5)


@pytest.fixture
def finished(academy):
    """A finished, accredited edition with a professional who came to every session but
    was registered by phone without a number: a certificate of participation."""
    page = b.accredited_course(points="4.0", title="Omgaan met dementie")
    ed = b.finished_edition(page, sessions=2)
    person = participant(first_name="Henk", last_name="de Boer", participant_type="professional")
    registration = b.attend(b.confirmed(ed, person, channel=Registration.Channel.STAFF))
    certificate = certificate_services.issue_certificate(registration)
    assert certificate.kind == Certificate.Kind.PARTICIPATION
    return ed, registration, certificate


# Registering by phone ------------------------------------------------------------------------


def phone_data(**fields):
    return {
        "participant": "",
        "first_name": "Henk",
        "last_name": "de Boer",
        "phone": "036 123 45 67",
        "email": "",
        "participant_type": "professional",
        **fields,
    }


def test_register_by_phone_with_register_and_number(staff_client, staff, accredited_edition):
    rp = b.register("Registerplein")
    page = staff_client.get(url("register", accredited_edition.pk))
    assert "Accreditatiepunten" in text_of(page)
    assert "Registerplein: Het nummer begint met 4610." in text_of(page)

    response = staff_client.post(
        url("register", accredited_edition.pk),
        phone_data(register=rp.pk, register_number="4610 1234"),
    )

    assert response.status_code == 302
    registration = Registration.objects.get(edition=accredited_edition)
    assert (
        registration.wants_accreditation,
        registration.register,
        registration.register_number,
    ) == (
        True,
        rp,
        "46101234",
    )
    person = registration.participant
    assert person.professional_registrations.get().number == "46101234"


@pytest.mark.parametrize(
    ("typed", "message"),
    [("12345678", RP_HINT), ("", "Vul uw registratienummer in.")],
)
def test_register_by_phone_refuses_a_wrong_number_and_saves_nothing(
    staff_client, accredited_edition, typed, message
):
    rp = b.register("Registerplein")
    response = staff_client.post(
        url("register", accredited_edition.pk), phone_data(register=rp.pk, register_number=typed)
    )
    assert response.status_code == 400
    assert message in text_of(response)
    assert not Registration.objects.exists()
    assert not ProfessionalRegistration.objects.exists()


def test_register_by_phone_a_number_without_register_is_refused(staff_client, accredited_edition):
    response = staff_client.post(
        url("register", accredited_edition.pk), phone_data(register_number="46101234")
    )
    assert response.status_code == 400
    assert "Kies het register bij dit nummer." in text_of(response)
    assert not Registration.objects.exists()


def test_register_by_phone_a_register_of_another_course_is_refused(
    staff_client, accredited_edition
):
    big = b.register("BIG")
    response = staff_client.post(
        url("register", accredited_edition.pk),
        phone_data(register=big.pk, register_number="12345678901"),
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_register_a_known_person_uses_the_number_we_have(staff_client, accredited_edition):
    rp = b.register("Registerplein")
    person = participant(participant_type="professional")
    ProfessionalRegistration.objects.create(participant=person, register=rp, number="46107777")

    response = staff_client.post(
        url("register", accredited_edition.pk), {"participant": person.pk, "register": rp.pk}
    )

    assert response.status_code == 302
    assert Registration.objects.get(participant=person).register_number == "46107777"


def test_register_without_register_stays_without_points(staff_client, accredited_edition):
    response = staff_client.post(url("register", accredited_edition.pk), phone_data())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert not registration.wants_accreditation and registration.register is None


def test_phone_registration_with_number_is_on_the_pe_online_list(staff_client, academy):
    rp = b.register("Registerplein")
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    person = participant(participant_type="professional")
    registration = b.attend(b.confirmed(ed, person, channel=Registration.Channel.STAFF))
    assert pe_online_numbers(staff_client, ed, rp) == []

    response = staff_client.post(
        url("register_number", ed.pk, registration.pk),
        {"register": rp.pk, "register_number": "4610.5555"},
    )

    assert response.status_code == 302
    assert pe_online_numbers(staff_client, ed, rp) == ["46105555"]


# The registration's number, afterwards --------------------------------------------------------


def test_number_screen_shows_the_form_with_what_we_know(staff_client, accredited_edition):
    rp = b.register("Registerplein")
    person = participant(participant_type="professional")
    ProfessionalRegistration.objects.create(participant=person, register=rp, number="46107777")
    registration = b.confirmed(accredited_edition, person)

    response = staff_client.get(url("register_number", accredited_edition.pk, registration.pk))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial == {"register": rp.pk, "register_number": "46107777"}
    overview = staff_client.get(url("registrations", accredited_edition.pk))
    assert url("register_number", accredited_edition.pk, registration.pk) in text_of(overview)


def test_adding_a_number_after_the_certificate_reissues_it_with_points(
    staff_client, staff, finished
):
    ed, registration, old = finished
    rp = b.register("Registerplein")

    response = staff_client.post(
        url("register_number", ed.pk, registration.pk),
        {"register": rp.pk, "register_number": "4610 9999"},
        follow=True,
    )

    assert response.status_code == 200
    old.refresh_from_db()
    assert old.is_revoked and old.revoked_by == staff
    new = Certificate.objects.valid().get(registration=registration)
    assert new.replaces == old
    assert (new.kind, new.register_name, new.register_number, new.points) == (
        Certificate.Kind.ACCREDITATION,
        "Registerplein",
        "46109999",
        4,
    )
    said = " ".join(messages_of(response))
    assert "Het registratienummer van Henk de Boer is opgeslagen." in said
    assert new.display_code in said and "Het oude certificaat is ingetrokken." in said
    [entry] = number_entries(registration.participant)
    assert entry.user == staff
    assert entry.data["wijziging"] == "toegevoegd"
    assert entry.data["register"] == "Registerplein"
    assert "46109999" not in str(entry.data), "the number itself stays out of the log"


def test_correcting_a_number_reissues_once_and_saving_it_again_changes_nothing(
    staff_client, academy
):
    rp = b.register("Registerplein")
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.professional(ed, number="46101111"))
    old = certificate_services.issue_certificate(registration)
    assert old.register_number == "46101111"
    path = url("register_number", ed.pk, registration.pk)

    staff_client.post(path, {"register": rp.pk, "register_number": "46102222"})
    response = staff_client.post(
        path, {"register": rp.pk, "register_number": "46102222"}, follow=True
    )

    assert Certificate.objects.filter(registration=registration).count() == 2
    assert Certificate.objects.valid().get(registration=registration).register_number == "46102222"
    assert "was al goed" in " ".join(messages_of(response))
    assert [e.data["wijziging"] for e in number_entries(registration.participant)] == ["gewijzigd"]


def test_a_wrong_number_on_the_number_screen_is_a_400_and_changes_nothing(staff_client, finished):
    ed, registration, old = finished
    rp = b.register("Registerplein")

    response = staff_client.post(
        url("register_number", ed.pk, registration.pk),
        {"register": rp.pk, "register_number": "12345678"},
    )

    assert response.status_code == 400
    assert RP_HINT in text_of(response)
    registration.refresh_from_db()
    assert not registration.wants_accreditation and registration.register_number == ""
    old.refresh_from_db()
    assert not old.is_revoked
    assert not number_entries(registration.participant)


def test_the_number_screen_refuses_ended_registrations_and_other_courses(staff_client, academy):
    rp = b.register("Registerplein")
    ed = edition(b.accredited_course())
    ended = b.confirmed(ed, status="geannuleerd")
    response = staff_client.post(
        url("register_number", ed.pk, ended.pk), {"register": rp.pk, "register_number": "46101234"}
    )
    assert response.status_code == 409
    ended.refresh_from_db()
    assert ended.register_number == ""

    plain = edition(course())
    registration = b.confirmed(plain)
    page = staff_client.get(url("register_number", plain.pk, registration.pk))
    assert "Deze training geeft geen accreditatiepunten." in text_of(page)
    response = staff_client.post(
        url("register_number", plain.pk, registration.pk),
        {"register": rp.pk, "register_number": "46101234"},
    )
    assert response.status_code == 400
    registration.refresh_from_db()
    assert not registration.wants_accreditation


def test_the_number_screen_needs_the_right_to_change_registrations(client, accredited_edition):
    """A trainer sees their own edition but does not change registrations."""
    account = f.user(groups=["Trainers"])
    accredited_edition.trainers.add(f.person(is_trainer=True, user=account))
    accredited_edition.save()
    registration = b.confirmed(accredited_edition)
    client.force_login(account)
    path = url("register_number", accredited_edition.pk, registration.pk)

    assert client.get(url("registrations", accredited_edition.pk)).status_code == 200
    for response in (
        client.get(path),
        client.post(path, {"register": b.register().pk, "register_number": "46101234"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    registration.refresh_from_db()
    assert not registration.wants_accreditation
    page = client.get(url("registrations", accredited_edition.pk))
    assert path not in page.content.decode()


# The person's numbers, afterwards -------------------------------------------------------------


def participant_data(person, rows, initial=0):
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "phone": "",
        "organisation": "",
        "wijk": "",
        "participant_type": "professional",
        "numbers-TOTAL_FORMS": str(len(rows)),
        "numbers-INITIAL_FORMS": str(initial),
        "numbers-MIN_NUM_FORMS": "0",
        "numbers-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"numbers-{index}-{key}": value for key, value in row.items()})
    return data


def test_correcting_the_persons_number_corrects_the_registration_and_reissues(
    staff_client, staff, academy
):
    rp = b.register("Registerplein")
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.professional(ed, number="46101111"))
    person = registration.participant
    item = ProfessionalRegistration.objects.create(
        participant=person, register=rp, number="46101111"
    )
    old = certificate_services.issue_certificate(registration)
    edit = reverse("academy_participants:edit", args=(person.pk,))

    response = staff_client.post(
        edit,
        participant_data(
            person,
            [{"id": item.pk, "participant": person.pk, "register": rp.pk, "number": "4610 3333"}],
            initial=1,
        ),
        follow=True,
    )

    assert response.status_code == 200
    item.refresh_from_db()
    registration.refresh_from_db()
    assert item.number == registration.register_number == "46103333"
    old.refresh_from_db()
    assert old.is_revoked
    assert Certificate.objects.valid().get(registration=registration).register_number == "46103333"
    assert pe_online_numbers(staff_client, ed, rp) == ["46103333"]
    [entry] = number_entries(person)
    assert (entry.user, entry.data["wijziging"]) == (staff, "gewijzigd")


def test_a_wrong_number_on_the_person_changes_nothing(staff_client, academy):
    rp = b.register("Registerplein")
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.professional(ed, number="46101111"))
    person = registration.participant
    item = ProfessionalRegistration.objects.create(
        participant=person, register=rp, number="46101111"
    )
    old = certificate_services.issue_certificate(registration)

    response = staff_client.post(
        reverse("academy_participants:edit", args=(person.pk,)),
        participant_data(
            person,
            [{"id": item.pk, "participant": person.pk, "register": rp.pk, "number": "999"}],
            initial=1,
        ),
    )

    assert response.status_code == 200  # Wagtail re-shows an invalid form with 200
    assert RP_HINT in text_of(response)
    item.refresh_from_db()
    registration.refresh_from_db()
    old.refresh_from_db()
    assert item.number == registration.register_number == "46101111"
    assert not old.is_revoked
    assert not number_entries(person)


def test_adding_and_removing_a_persons_number_is_logged(staff_client, staff, academy):
    rp = b.register("Registerplein")
    person = participant(first_name="Noor", last_name="Peters")
    edit = reverse("academy_participants:edit", args=(person.pk,))

    staff_client.post(edit, participant_data(person, [{"register": rp.pk, "number": "46104444"}]))
    item = person.professional_registrations.get()
    assert item.number == "46104444"
    staff_client.post(
        edit,
        participant_data(
            person,
            [
                {
                    "id": item.pk,
                    "participant": person.pk,
                    "register": rp.pk,
                    "number": "46104444",
                    "DELETE": "on",
                }
            ],
            initial=1,
        ),
    )

    assert not person.professional_registrations.exists()
    changes = sorted(entry.data["wijziging"] for entry in number_entries(person))
    assert changes == ["toegevoegd", "verwijderd"]


def test_accreditation_overview_links_to_the_number_screen_for_missing_numbers(
    staff_client, academy
):
    rp = b.register("Registerplein")
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.professional(ed, number=""))

    page = text_of(staff_client.get(url("accreditation", ed.pk)))

    assert url("register_number", ed.pk, registration.pk) in page
    staff_client.post(
        url("register_number", ed.pk, registration.pk),
        {"register": rp.pk, "register_number": "46108888"},
    )
    assert pe_online_numbers(staff_client, ed, rp) == ["46108888"]
