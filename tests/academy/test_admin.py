"""Academy staff in the Wagtail admin: editions with live counts, the actions on an edition,
registrations with filters and exports, participants, and the outbox."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from academy.mailer import render_stored
from academy.models import (
    AccreditationRegister,
    Edition,
    EditionStatus,
    OutgoingMail,
    Participant,
    ProfessionalRegistration,
    Registration,
    RegistrationStatus,
)
from academy.services import registration as services
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def fill(ed, confirmed=0, waiting=0, **person_fields):
    people = [participant(**person_fields) for _ in range(confirmed + waiting)]
    return [services.register(ed.pk, person) for person in people]


# Editions ----------------------------------------------------------------------------------


def test_edition_list_shows_live_counts(staff_client):
    ed = edition(course(title="Taalmaatje worden"), capacity=3)
    fill(ed, confirmed=3, waiting=2)
    response = staff_client.get(reverse("academy_editions:index"))
    assert response.status_code == 200
    row = next(r for r in response.context["object_list"] if r.pk == ed.pk)
    assert (row.confirmed_count, row.waiting_count) == (3, 2)
    free_column = next(c for c in response.context["view"].columns if c.name == "free_places")
    assert free_column.get_value(row) == 0
    html = response.content.decode()
    assert "Taalmaatje worden" in html
    assert "Wachtlijst" in html and "Vrije plaatsen" in html


def test_edition_list_costs_the_same_queries_for_more_editions(staff_client):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(reverse("academy_editions:index")).status_code == 200
        return len(queries)

    fill(edition(capacity=2), confirmed=2, waiting=1)
    few = count_queries()
    for _ in range(5):
        fill(edition(capacity=2), confirmed=1)
    assert count_queries() == few


def test_edition_filters_by_status_course_and_time(staff_client):
    cooking = course(title="Koken voor de buurt")
    upcoming = edition(cooking, starts_in_days=10)
    past = edition(cooking, starts_in_days=-10)
    full = edition(status=EditionStatus.FULL)
    index = reverse("academy_editions:index")

    def listed(**params):
        response = staff_client.get(index, params)
        assert response.status_code == 200
        return {e.pk for e in response.context["object_list"]}

    assert listed(status=EditionStatus.FULL) == {full.pk}
    assert listed(course=cooking.pk) == {upcoming.pk, past.pk}
    assert listed(course=cooking.pk, when="past") == {past.pk}
    assert listed(course=cooking.pk, when="upcoming") == {upcoming.pk}
    # Junk in a filter is ignored, never a 500.
    assert listed(course="abc", status="nonsense", when="<script>") >= {upcoming.pk, past.pk}


def edition_form_data(ed, **changes):
    local = timezone.localtime
    sessions = [
        {
            "id": session.pk,
            "title": session.title,
            "start": local(session.start).strftime("%Y-%m-%d %H:%M"),
            "end": local(session.end).strftime("%Y-%m-%d %H:%M"),
            "venue": session.venue,
            "address": session.address,
            "online_url": "",
            "ORDER": str(order),
        }
        for order, session in enumerate(ed.sessions.all(), start=1)
    ]
    data = {
        "course": ed.course_id,
        "event_page": "",
        "name": ed.name,
        "status": ed.status,
        "capacity": ed.capacity,
        "min_participants": ed.min_participants,
        "registration_opens": "",
        "registration_closes": "",
        "cancellation_deadline": "",
        "sessions": inline_formset(sessions, initial=len(sessions), min=1),
        "wijk": "",
        "internal_notes": "",
        **changes,
    }
    return nested_form_data(data)


def test_more_places_go_to_the_waiting_list(staff_client):
    ed = edition(capacity=2)
    registrations = fill(ed, confirmed=2, waiting=2)
    response = staff_client.post(url("edit", ed.pk), edition_form_data(ed, capacity=3))
    assert response.status_code == 302, response.content.decode()[:3000]
    ed.refresh_from_db()
    assert ed.capacity == 3
    first_waiting, second_waiting = registrations[2], registrations[3]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == S.OFFERED
    assert second_waiting.status == S.WAITING
    assert OutgoingMail.objects.filter(kind="offer", registration=first_waiting).exists()


def test_edit_without_more_places_offers_nothing(staff_client):
    ed = edition(capacity=2)
    registrations = fill(ed, confirmed=2, waiting=1)
    response = staff_client.post(url("edit", ed.pk), edition_form_data(ed, name="najaar"))
    assert response.status_code == 302
    registrations[2].refresh_from_db()
    assert registrations[2].status == S.WAITING


def test_edit_form_does_not_cancel_an_edition_silently(staff_client):
    ed = edition()
    fill(ed, confirmed=1)
    data = edition_form_data(ed, status=EditionStatus.CANCELLED)
    response = staff_client.post(url("edit", ed.pk), data)
    assert response.status_code == 200
    assert "Editie annuleren" in response.content.decode()
    ed.refresh_from_db()
    assert ed.status == EditionStatus.OPEN


def test_edition_with_registrations_is_not_deleted(staff_client):
    ed = edition()
    fill(ed, confirmed=1)
    staff_client.force_login(f.superuser())
    response = staff_client.post(url("delete", ed.pk))
    assert response.status_code == 302
    assert Edition.objects.filter(pk=ed.pk).exists()


def test_overview_groups_registrations_with_waiting_positions(staff_client):
    ed = edition(capacity=1)
    first = participant(first_name="Anna")
    second = participant(first_name="Bram")
    third = participant(first_name="Cees")
    for person in (first, second, third):
        services.register(ed.pk, person)
    response = staff_client.get(url("registrations", ed.pk))
    assert response.status_code == 200
    context = response.context
    assert [r.participant for r in context["confirmed"]] == [first]
    assert [(pos, r.participant) for pos, r in context["waiting"]] == [(1, second), (2, third)]
    html = response.content.decode()
    for label in ("Iemand aanmelden", "E-mail aan alle deelnemers", "Editie annuleren"):
        assert label in html


# Register someone who phoned -----------------------------------------------------------------


def test_staff_register_an_existing_participant(staff_client, staff):
    ed = edition(capacity=5)
    person = participant(first_name="Fatima", last_name="Yilmaz")
    search = staff_client.get(url("register", ed.pk), {"zoek": "yilmaz"})
    assert search.status_code == 200
    assert "Fatima Yilmaz" in search.content.decode()
    response = staff_client.post(url("register", ed.pk), {"participant": person.pk})
    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == S.CONFIRMED
    assert registration.channel == Registration.Channel.STAFF
    assert registration.registered_by == staff


def test_staff_register_a_new_phone_only_person(staff_client):
    ed = edition(capacity=5)
    response = staff_client.post(
        url("register", ed.pk),
        {
            "participant": "",
            "first_name": "Henk",
            "last_name": "de Boer",
            "phone": "036 123 45 67",
            "email": "",
            "participant_type": "mantelzorger",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Henk de Boer is aangemeld." in messages_of(response)
    person = Participant.objects.get(last_name="de Boer")
    assert (person.email, person.phone, person.participant_type) == (
        "",
        "036 123 45 67",
        "mantelzorger",
    )
    assert Registration.objects.get(participant=person).status == S.CONFIRMED
    # No e-mail address: nothing in the outbox for this person.
    assert not OutgoingMail.objects.filter(registration__participant=person).exists()


def test_staff_register_on_a_full_edition_puts_person_on_waiting_list(staff_client):
    ed = edition(capacity=1)
    fill(ed, confirmed=1)
    person = participant(first_name="Joke", last_name="Bakker")
    response = staff_client.post(url("register", ed.pk), {"participant": person.pk}, follow=True)
    assert "De editie is vol. Joke Bakker staat nu op de wachtlijst." in messages_of(response)
    assert Registration.objects.get(edition=ed, participant=person).status == S.WAITING


def test_staff_register_duplicate_shows_the_service_message(staff_client):
    ed = edition(capacity=5)
    person = participant()
    services.register(ed.pk, person)
    response = staff_client.post(url("register", ed.pk), {"participant": person.pk})
    assert response.status_code == 409
    assert "U bent al aangemeld voor deze datum." in messages_of(response)
    assert Registration.objects.filter(edition=ed, participant=person).count() == 1


def test_staff_register_refused_saves_no_new_person(staff_client):
    ed = edition(status=EditionStatus.COMPLETED)
    response = staff_client.post(
        url("register", ed.pk),
        {"first_name": "Piet", "last_name": "Nieuw", "phone": "0612345678"},
    )
    assert response.status_code == 409
    assert "Aanmelden voor deze datum kan niet meer." in messages_of(response)
    assert not Participant.objects.filter(last_name="Nieuw").exists()


def test_staff_register_incomplete_new_person_is_a_400(staff_client):
    ed = edition()
    response = staff_client.post(url("register", ed.pk), {"first_name": "Alleen"})
    assert response.status_code == 400
    form = response.context["form"]
    assert "last_name" in form.errors and "phone" in form.errors
    response = staff_client.post(url("register", ed.pk), {"participant": "999999"})
    assert response.status_code == 400
    assert not Registration.objects.filter(edition=ed).exists()


# Move and cancel -------------------------------------------------------------------------------


def test_move_to_another_edition_of_the_same_course(staff_client):
    training = course()
    old, new = edition(training, capacity=5), edition(training, capacity=5, starts_in_days=30)
    (registration,) = fill(old, confirmed=1)
    page = staff_client.get(url("move", old.pk, registration.pk))
    assert page.status_code == 200
    assert [e.pk for e in page.context["form"].fields["to_edition"].queryset] == [new.pk]
    response = staff_client.post(url("move", old.pk, registration.pk), {"to_edition": new.pk})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED
    assert registration.moved_to.edition == new
    assert registration.moved_to.status == S.CONFIRMED


def test_move_refused_when_person_is_already_in_the_other_edition(staff_client):
    training = course()
    old, new = edition(training), edition(training, starts_in_days=30)
    person = participant()
    registration = services.register(old.pk, person)
    services.register(new.pk, person)
    response = staff_client.post(url("move", old.pk, registration.pk), {"to_edition": new.pk})
    assert response.status_code == 409
    assert "U bent al aangemeld voor deze datum." in messages_of(response)
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_move_to_an_edition_of_another_course_is_refused(staff_client):
    old, other = edition(), edition()
    (registration,) = fill(old, confirmed=1)
    response = staff_client.post(url("move", old.pk, registration.pk), {"to_edition": other.pk})
    assert response.status_code == 400
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_staff_cancel_offers_the_place_to_the_waiting_list(staff_client):
    ed = edition(capacity=1)
    confirmed, waiting = fill(ed, confirmed=1, waiting=1)
    response = staff_client.post(
        url("cancel_registration", ed.pk, confirmed.pk), {"reason": "Ziek"}, follow=True
    )
    assert response.status_code == 200
    confirmed.refresh_from_db()
    waiting.refresh_from_db()
    assert (confirmed.status, confirmed.end_reason) == (S.CANCELLED, "Ziek")
    assert waiting.status == S.OFFERED


def test_staff_cancel_twice_shows_the_service_message(staff_client):
    ed = edition()
    (registration,) = fill(ed, confirmed=1)
    services.cancel(registration, by=services.CancelledBy.STAFF)
    response = staff_client.post(url("cancel_registration", ed.pk, registration.pk))
    assert response.status_code == 409
    assert "Deze aanmelding is al beëindigd." in messages_of(response)


# E-mail everyone, cancel the edition -----------------------------------------------------------


def test_mail_all_confirmed_participants_through_the_outbox(staff_client):
    ed = edition(capacity=2)
    with_mail = fill(ed, confirmed=1)[0]
    phone_only = participant(email="", phone="0612345678")
    services.register(ed.pk, phone_only)
    waiting = fill(ed, waiting=1)[0]
    page = staff_client.get(url("mail", ed.pk))
    assert page.status_code == 200
    message_id = page.context["form"]["message_id"].value()
    data = {"message_id": message_id, "subject": "Andere zaal", "message": "We zitten in zaal 2."}
    response = staff_client.post(url("mail", ed.pk), data)
    assert response.status_code == 302
    mails = OutgoingMail.objects.filter(kind="staff_message")
    assert [m.registration for m in mails] == [with_mail]
    mail = render_stored(mails.get())  # what the send task does first
    assert "Andere zaal" in mail.subject
    assert "We zitten in zaal 2." in mail.body_text
    assert not mails.filter(registration=waiting).exists()
    # The same form sent twice (a double click) does not mail twice.
    staff_client.post(url("mail", ed.pk), data)
    assert OutgoingMail.objects.filter(kind="staff_message").count() == 1


def test_mail_without_subject_is_a_400(staff_client):
    ed = edition()
    fill(ed, confirmed=1)
    response = staff_client.post(
        url("mail", ed.pk), {"message_id": "0" * 32, "subject": "", "message": "Hallo"}
    )
    assert response.status_code == 400
    assert not OutgoingMail.objects.filter(kind="staff_message").exists()


def test_cancel_edition_notifies_everyone(staff_client):
    ed = edition(capacity=2)
    registrations = fill(ed, confirmed=2, waiting=1)
    page = staff_client.get(url("cancel_edition", ed.pk))
    assert page.status_code == 200
    data = {"reason": "De trainer is ziek.", "confirm": "on"}
    response = staff_client.post(url("cancel_edition", ed.pk), data, follow=True)
    assert response.status_code == 200
    ed.refresh_from_db()
    assert ed.status == EditionStatus.CANCELLED
    mails = OutgoingMail.objects.filter(kind="edition_cancelled")
    assert {m.registration_id for m in mails} == {r.pk for r in registrations}
    assert set(Registration.objects.filter(edition=ed).values_list("status", flat=True)) == {
        S.CANCELLED
    }
    again = staff_client.post(url("cancel_edition", ed.pk), {"reason": "Nog eens", "confirm": "on"})
    assert again.status_code == 409
    assert "Deze editie is al geannuleerd." in messages_of(again)


def test_cancel_edition_needs_the_confirmation(staff_client):
    ed = edition()
    fill(ed, confirmed=1)
    response = staff_client.post(url("cancel_edition", ed.pk), {"reason": "Ziek"})
    assert response.status_code == 400
    ed.refresh_from_db()
    assert ed.status == EditionStatus.OPEN
    assert not OutgoingMail.objects.filter(kind="edition_cancelled").exists()


# Registrations listing and exports ----------------------------------------------------------


@pytest.fixture
def two_editions():
    haven = f.wijk("Almere Haven")
    buiten = f.wijk("Almere Buiten")
    register = AccreditationRegister.objects.get(short_name="Registerplein")
    first = edition(
        course(title="Gesprekstechnieken", accreditations=[(register, "PL-1", 3)]), capacity=1
    )
    second = edition(course(title="Fondsenwerving"))
    professional = participant(
        first_name="Sanne",
        last_name="Visser",
        participant_type="professional",
        phone="0611111111",
        organisation="Zorggroep Almere",
        wijk=haven,
    )
    services.register(
        first.pk,
        professional,
        services.Answers(
            accessibility='=HYPERLINK("http://evil")',
            wants_accreditation=True,
            register_id=register.pk,
            register_number="4610 1234",
        ),
    )
    volunteer = participant(first_name="Kees", last_name="Jansen", wijk=buiten)
    services.register(first.pk, volunteer)
    services.register(second.pk, participant(first_name="Els", last_name="Smit"))
    return first, second


def csv_rows(response):
    """The rows of a CSV download, read as Dutch Excel reads it: BOM, ';'."""
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode()), "Dutch Excel needs the byte order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def registrations_index(client, **params):
    return client.get(reverse("academy_registrations:index"), params)


def test_registration_list_filters(staff_client, two_editions):
    first, second = two_editions

    def names(**params):
        response = registrations_index(staff_client, **params)
        assert response.status_code == 200
        return {r.participant.first_name for r in response.context["object_list"]}

    assert names() == {"Sanne", "Kees", "Els"}
    assert names(edition=first.pk) == {"Sanne", "Kees"}
    assert names(status=S.WAITING) == {"Kees"}
    assert names(participant_type="professional") == {"Sanne"}
    wijk = first.registrations.get(participant__first_name="Kees").participant.wijk
    assert names(wijk=wijk.pk) == {"Kees"}
    assert names(edition="junk", wijk="999999") == {"Sanne", "Kees", "Els"}


def test_registration_export_csv(staff_client, two_editions):
    first, _second = two_editions
    response = registrations_index(staff_client, edition=first.pk, export="csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(response)
    assert rows[0] == [
        "Editie",
        "Naam",
        "E-mailadres",
        "Telefoonnummer",
        "Organisatie",
        "Wijk",
        "Soort deelnemer",
        "Status",
        "Antwoorden",
        "Register en nummer",
        "Aangemeld op",
    ]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Sanne Visser", "Kees Jansen"}
    sanne = by_name["Sanne Visser"]
    assert sanne[3:9] == [
        "0611111111",
        "Zorggroep Almere",
        "Almere Haven",
        "Professional in zorg of welzijn",
        "Aangemeld",
        'Toegankelijkheid: =HYPERLINK("http://evil")',
    ]
    assert sanne[9] == "Registerplein 46101234"
    assert by_name["Kees Jansen"][7] == "Op de wachtlijst"


def test_registration_export_defuses_formulas_in_csv(staff_client, academy):
    ed = edition()
    services.register(ed.pk, participant(first_name="=1+1", last_name="Test"))
    response = registrations_index(staff_client, export="csv")
    row = csv_rows(response)[1]
    assert row[1] == "'=1+1 Test"


def test_registration_export_xlsx(staff_client, two_editions):
    from openpyxl import load_workbook

    response = registrations_index(staff_client, export="xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.title == "Aanmeldingen"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width >= len("Sanne Visser")
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Naam"
    assert {row[1] for row in rows[1:]} == {"Sanne Visser", "Kees Jansen", "Els Smit"}
    assert all(row[10] is not None for row in rows[1:])
    assert sheet.cell(row=2, column=11).is_date


def test_registration_list_has_no_query_per_row(staff_client, academy):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert registrations_index(staff_client).status_code == 200
        return len(queries)

    fill(edition(), confirmed=2, wijk=f.wijk("Almere Poort"))
    few = count_queries()
    fill(edition(), confirmed=6, wijk=f.wijk("Almere Stad"))
    assert count_queries() == few


# Participants, registers, outbox --------------------------------------------------------------


def test_participant_search_and_list(staff_client):
    participant(first_name="Ayse", last_name="Demir", phone="0698765432")
    participant(first_name="Jan", last_name="Vos")
    response = staff_client.get(reverse("academy_participants:index"), {"q": "demir"})
    assert response.status_code == 200
    assert [p.last_name for p in response.context["object_list"]] == ["Demir"]


def test_participant_edit_with_register_number(staff_client):
    person = participant(first_name="Noor", last_name="Peters")
    register = AccreditationRegister.objects.get(short_name="BIG")
    edit = reverse("academy_participants:edit", args=(person.pk,))
    assert staff_client.get(edit).status_code == 200
    data = {
        "first_name": "Noor",
        "last_name": "Peters",
        "email": person.email,
        "phone": "",
        "organisation": "Wijkteam Stad",
        "wijk": "",
        "participant_type": "professional",
        "numbers-TOTAL_FORMS": "1",
        "numbers-INITIAL_FORMS": "0",
        "numbers-MIN_NUM_FORMS": "0",
        "numbers-MAX_NUM_FORMS": "1000",
        "numbers-0-register": register.pk,
        "numbers-0-number": "123",
    }
    wrong = staff_client.post(edit, data)
    assert wrong.status_code == 200
    assert "11 cijfers" in wrong.content.decode()
    assert not ProfessionalRegistration.objects.exists()
    person.refresh_from_db()
    assert person.organisation == ""

    data["numbers-0-number"] = "123.456.789.01"
    response = staff_client.post(edit, data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.organisation == "Wijkteam Stad"
    assert person.professional_registrations.get().number == "12345678901"


def test_registers_are_listed(staff_client):
    response = staff_client.get(reverse("academy_registers:index"))
    assert response.status_code == 200
    assert "Registerplein" in response.content.decode()


def test_outbox_is_read_only(staff_client):
    ed = edition()
    fill(ed, confirmed=1)
    mail = OutgoingMail.objects.get()
    response = staff_client.get(reverse("academy_mail:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert mail.subject in html
    inspect = staff_client.get(reverse("academy_mail:inspect", args=(mail.pk,)))
    assert inspect.status_code == 200
    assert staff_client.get("/admin/academie/e-mails/new/").status_code == 404
    assert staff_client.get(f"/admin/academie/e-mails/edit/{mail.pk}/").status_code == 404
    assert staff_client.get("/admin/academie/aanmeldingen/new/").status_code == 404


def test_every_admin_page_renders(staff_client):
    ed = edition(capacity=1)
    fill(ed, confirmed=1, waiting=1)
    (registration,) = ed.registrations.filter(status=S.CONFIRMED)
    paths = [
        reverse("wagtailadmin_home"),
        reverse("academy_editions:index"),
        reverse("academy_editions:add"),
        url("edit", ed.pk),
        url("registrations", ed.pk),
        url("register", ed.pk) + "?zoek=deelnemer",
        url("mail", ed.pk),
        url("cancel_edition", ed.pk),
        url("move", ed.pk, registration.pk),
        url("cancel_registration", ed.pk, registration.pk),
        reverse("academy_registrations:index"),
        reverse("academy_participants:index"),
        reverse("academy_participants:add"),
        reverse("academy_registers:index"),
        reverse("academy_mail:index"),
    ]
    for path in paths:
        assert staff_client.get(path).status_code == 200, path


# Junk ids ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", [999999, 2**63 - 1])
def test_unknown_ids_answer_404(staff_client, missing):
    ed = edition()
    (registration,) = fill(ed, confirmed=1)
    paths = [
        url("registrations", missing),
        url("register", missing),
        url("mail", missing),
        url("cancel_edition", missing),
        url("edit", missing),
        url("delete", missing),
        url("move", ed.pk, missing),
        url("cancel_registration", ed.pk, missing),
        url("move", missing, registration.pk),
        reverse("academy_participants:edit", args=(missing,)),
        reverse("academy_mail:inspect", args=(missing,)),
    ]
    for path in paths:
        assert staff_client.get(path).status_code == 404, path
        assert staff_client.post(path, {"reason": "x"}).status_code == 404, path


def test_registration_of_another_edition_is_404(staff_client):
    ed, other = edition(), edition()
    (registration,) = fill(other, confirmed=1)
    assert staff_client.post(url("cancel_registration", ed.pk, registration.pk)).status_code == 404
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_non_numeric_ids_answer_404(staff_client):
    for path in (
        "/admin/academie/edities/abc/aanmeldingen/",
        "/admin/academie/edities/1/aanmelding/x/afmelden/",
        "/admin/academie/edities/edit/%00/",
    ):
        assert staff_client.get(path).status_code == 404, path
