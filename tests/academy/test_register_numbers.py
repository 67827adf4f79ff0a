"""Register numbers are checked per register wherever someone types one: the format the
register uses (BIG: 11 digits, Registerplein: starts with 4610, ...), spaces and dots
ignored, and a wrong number gets a message with the register's hint, never a save."""

import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from academy.models import AccreditationRegister, ProfessionalRegistration, Registration
from tests import factories as f

from .conftest import course, edition, user_with_participant

pytestmark = pytest.mark.django_db

VALID = [
    ("BIG", "12345678901", "12345678901"),
    ("BIG", "123 456 789 01", "12345678901"),
    ("BIG", "1234.5678.901", "12345678901"),
    ("Registerplein", "46101234", "46101234"),
    ("Registerplein", "4610 1234 5678", "461012345678"),
    ("Registerplein", "4610.12.34", "46101234"),
    ("KR V&V", "123456", "123456"),
    ("KR V&V", "1234 5678 9012", "123456789012"),
    ("SKJ", "100200300", "100200300"),
    ("SKJ", " 100.200.300 ", "100200300"),
    ("NIP", "P-12/34", "P12/34"),
    ("NIP", "lid 7", "lid7"),
]
INVALID = [
    ("BIG", "1234567890"),  # 10 digits
    ("BIG", "123456789012"),  # 12 digits
    ("BIG", "1234567890A"),
    ("Registerplein", "12345678"),  # does not start with 4610
    ("Registerplein", "4610123"),  # too short
    ("Registerplein", "4610ABCD"),
    ("KR V&V", "12345"),
    ("KR V&V", "KR123456"),
    ("SKJ", "SKJ-123456"),
    ("SKJ", "1234567890123"),
]
HINTS = {
    "BIG": "Dit nummer klopt niet voor BIG. 11 cijfers, staat op uw BIG-pas.",
    "Registerplein": "Dit nummer klopt niet voor Registerplein. Het nummer begint met 4610.",
    "KR V&V": "Dit nummer klopt niet voor KR V&V. Uw registratienummer, alleen cijfers.",
    "SKJ": "Dit nummer klopt niet voor SKJ. Alleen cijfers.",
}
EMPTY_MESSAGE = "Vul uw registratienummer in."


def register(short_name):
    return AccreditationRegister.objects.get(short_name=short_name)


def text_of(response):
    return html.unescape(response.content.decode())


# The rule itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(("short_name", "typed", "stored"), VALID)
def test_valid_numbers_are_stored_without_spaces_and_dots(short_name, typed, stored, db):
    assert register(short_name).clean_number(typed) == stored


@pytest.mark.parametrize(("short_name", "typed"), INVALID)
def test_invalid_numbers_get_the_registers_hint(short_name, typed, db):
    with pytest.raises(ValidationError) as error:
        register(short_name).clean_number(typed)
    assert error.value.messages == [HINTS[short_name]]


@pytest.mark.parametrize("short_name", ["BIG", "Registerplein", "KR V&V", "SKJ", "NIP"])
@pytest.mark.parametrize("typed", ["", "   ", " . ", None])
def test_an_empty_number_is_refused_in_every_register(short_name, typed, db):
    with pytest.raises(ValidationError) as error:
        register(short_name).clean_number(typed)
    assert error.value.messages == [EMPTY_MESSAGE]


def test_a_register_without_hint_still_names_itself(db):
    strict = AccreditationRegister.objects.create(
        name="Proefregister", short_name="PR", number_pattern=r"^\d{4}$"
    )
    with pytest.raises(ValidationError) as error:
        strict.clean_number("12")
    assert error.value.messages == ["Dit nummer klopt niet voor PR."]


# The enrolment form ------------------------------------------------------------------------


@pytest.fixture
def enrol(client, academy):
    """A professional signed in, and an edition accredited in all five registers."""
    page = course(
        accreditations=[
            (register("BIG"), "GAIA-1", 3),
            (register("Registerplein"), "RP-1", 3),
            (register("SKJ"), "SKJ-1", 3),
            (register("KR V&V"), "KRVV-1", 3),
            (register("NIP"), "NIP-1", 3),
        ],
        prices={"professional": 0},
    )
    ed = edition(page)
    user, person = user_with_participant(participant_type="professional")
    client.force_login(user)
    return reverse("academy:enrol", args=[ed.pk]), ed, person


def enrol_data(short_name, number):
    return {
        "wants_accreditation": "on",
        "register": register(short_name).pk,
        "register_number": number,
    }


@pytest.mark.parametrize(("short_name", "typed"), INVALID)
def test_enrol_form_shows_the_hint_with_a_400_and_saves_nothing(client, enrol, short_name, typed):
    path, ed, person = enrol

    response = client.post(path, enrol_data(short_name, typed))

    assert response.status_code == 400
    assert HINTS[short_name] in text_of(response)
    assert not Registration.objects.filter(edition=ed).exists()
    assert not ProfessionalRegistration.objects.filter(participant=person).exists()


def test_enrol_form_refuses_an_empty_number(client, enrol):
    path, ed, _person = enrol
    response = client.post(path, enrol_data("NIP", "  "))
    assert response.status_code == 400
    assert EMPTY_MESSAGE in text_of(response)
    assert not Registration.objects.filter(edition=ed).exists()


@pytest.mark.parametrize(
    ("short_name", "typed", "stored"),
    [
        ("BIG", "123 456 789 01", "12345678901"),
        ("Registerplein", "4610.1234", "46101234"),
        ("NIP", "P-12/34", "P12/34"),
    ],
)
def test_enrol_form_stores_the_cleaned_number(client, enrol, short_name, typed, stored):
    path, ed, person = enrol

    response = client.post(path, enrol_data(short_name, typed))

    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed)
    assert (registration.register.short_name, registration.register_number) == (
        short_name,
        stored,
    )
    assert person.professional_registrations.get().number == stored


def test_enrol_form_tells_the_format_before_anyone_types(client, enrol):
    path, _ed, _person = enrol
    page = text_of(client.get(path))
    assert "BIG: 11 cijfers, staat op uw BIG-pas." in page
    assert "Registerplein: Het nummer begint met 4610." in page


# Mijn academie: profile ---------------------------------------------------------------------


def profile_data(short_name, number):
    return {
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "phone": "06 12345678",
        "organisation": "Wijkteam",
        "wijk": "",
        "participant_type": "professional",
        "registers-TOTAL_FORMS": "1",
        "registers-INITIAL_FORMS": "0",
        "registers-MIN_NUM_FORMS": "0",
        "registers-MAX_NUM_FORMS": "10",
        "registers-0-register": register(short_name).pk,
        "registers-0-number": number,
    }


@pytest.mark.parametrize(("short_name", "typed"), INVALID)
def test_profile_shows_the_hint_with_a_400_and_saves_nothing(client, academy, short_name, typed):
    user, person = user_with_participant()
    client.force_login(user)

    response = client.post(reverse("academy:profile"), profile_data(short_name, typed))

    assert response.status_code == 400
    assert HINTS[short_name] in text_of(response)
    person.refresh_from_db()
    assert person.organisation == ""
    assert not person.professional_registrations.exists()


@pytest.mark.parametrize(("short_name", "typed", "stored"), VALID)
def test_profile_stores_the_cleaned_number(client, academy, short_name, typed, stored):
    user, person = user_with_participant()
    client.force_login(user)

    response = client.post(reverse("academy:profile"), profile_data(short_name, typed))

    assert response.status_code == 302
    assert person.professional_registrations.get().number == stored


# The admin participant form -----------------------------------------------------------------


def admin_data(short_name, number):
    return {
        "first_name": "Noor",
        "last_name": "Peters",
        "email": "noor.peters@example.nl",
        "phone": "",
        "organisation": "Wijkteam Stad",
        "wijk": "",
        "participant_type": "professional",
        "numbers-TOTAL_FORMS": "1",
        "numbers-INITIAL_FORMS": "0",
        "numbers-MIN_NUM_FORMS": "0",
        "numbers-MAX_NUM_FORMS": "1000",
        "numbers-0-register": register(short_name).pk,
        "numbers-0-number": number,
    }


@pytest.mark.parametrize(("short_name", "typed"), INVALID)
def test_admin_participant_form_shows_the_hint_and_saves_nothing(
    client, academy, short_name, typed
):
    client.force_login(f.user(groups=["Academie"]))

    response = client.post(reverse("academy_participants:add"), admin_data(short_name, typed))

    # Wagtail's admin re-shows an invalid form with status 200 (as on every admin form).
    assert response.status_code == 200
    assert HINTS[short_name] in text_of(response)
    assert not ProfessionalRegistration.objects.exists()
    assert not response.context["form"].instance.pk


@pytest.mark.parametrize(
    ("short_name", "typed", "stored"),
    [("SKJ", " 100.200.300 ", "100200300"), ("NIP", "lid 7", "lid7")],
)
def test_admin_participant_form_stores_the_cleaned_number(
    client, academy, short_name, typed, stored
):
    client.force_login(f.user(groups=["Academie"]))

    response = client.post(reverse("academy_participants:add"), admin_data(short_name, typed))

    assert response.status_code == 302
    assert ProfessionalRegistration.objects.get().number == stored
