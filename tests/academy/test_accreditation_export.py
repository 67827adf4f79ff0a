"""Lists for PE-online: per edition and register, only the people who earned the points.

Covers the plain number list (page and .txt), the presence list as CSV and XLSX, the
export log, and who may see any of it (invariant 5: personal data only for staff with
the permission)."""

import csv
import datetime as dt
import io
import zoneinfo
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from academy.models import (
    AccreditationExport,
    AccreditationRegister,
    Attendance,
    CourseAccreditation,
    EditionStatus,
    ProfessionalRegistration,
    Registration,
    RegistrationStatus,
)
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
Format = AccreditationExport.Format


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def register(short_name):
    return AccreditationRegister.objects.get(short_name=short_name)


def confirmed(ed, person, register_name=None, number=""):
    """A confirmed registration made directly: the edition lies in the past."""
    fields = {}
    if register_name:
        fields = {
            "wants_accreditation": True,
            "register": register(register_name),
            "register_number": number,
        }
    return Registration.objects.create(
        edition=ed,
        participant=person,
        participant_type=person.participant_type,
        status=RegistrationStatus.CONFIRMED,
        confirmed_at=timezone.now(),
        **fields,
    )


def attend(registration, positions=None, status="aanwezig"):
    sessions = list(registration.edition.sessions.order_by("start"))
    for position in range(len(sessions)) if positions is None else positions:
        Attendance.objects.update_or_create(
            registration=registration, session=sessions[position], defaults={"status": status}
        )


def professional(first_name, last_name, **fields):
    return participant(
        participant_type="professional", first_name=first_name, last_name=last_name, **fields
    )


class Group:
    """A finished three-session edition, accredited at Registerplein and KR V&V."""

    def __init__(self, **course_fields):
        self.course = course(
            title="Omgaan met grensoverschrijdend gedrag",
            accreditations=[
                (register("Registerplein"), "RP-2026-48213", Decimal("7.5")),
                (register("KR V&V"), "KRVV-309158", Decimal("6")),
            ],
            **course_fields,
        )
        CourseAccreditation.objects.filter(course=self.course).update(
            valid_from=timezone.localdate() - dt.timedelta(days=365),
            valid_until=timezone.localdate() + dt.timedelta(days=365),
        )
        self.edition = edition(self.course, starts_in_days=-22, sessions=3)
        self.edition.status = EditionStatus.COMPLETED
        self.edition.save()

        # On the Registerplein list: all there, one late once, one with the number only
        # in the profile.
        self.anna = confirmed(
            self.edition, professional("Anna Maria", "de Vries"), "Registerplein", "46100012345"
        )
        attend(self.anna)
        self.gijs = confirmed(
            self.edition, professional("Gijs", "Bakker"), "Registerplein", "46107777"
        )
        attend(self.gijs)
        attend(self.gijs, [1], status="te-laat")
        bart = professional("Bart", "Jansen")
        ProfessionalRegistration.objects.create(
            participant=bart, register=register("Registerplein"), number="4610998877"
        )
        self.bart = confirmed(self.edition, bart, "Registerplein", "")
        attend(self.bart)
        # Not on any list.
        self.carla = confirmed(
            self.edition, professional("Carla", "Smit"), "Registerplein", "46105555"
        )
        attend(self.carla, [0, 2])  # missed the second session
        self.eva = confirmed(self.edition, participant(first_name="Eva", last_name="Vrij"))
        attend(self.eva)
        self.henk = confirmed(self.edition, professional("Henk", "Zonder"), "Registerplein", "")
        attend(self.henk)  # completed, but no number anywhere
        self.ilse = confirmed(
            self.edition, professional("Ilse", "Weg"), "Registerplein", "46104444"
        )
        attend(self.ilse)
        Registration.objects.filter(pk=self.ilse.pk).update(status=RegistrationStatus.CANCELLED)
        # On the KR V&V list only.
        self.dirk = confirmed(self.edition, professional("Dirk", "Mulder"), "KR V&V", "123456789")
        attend(self.dirk)

        self.rp = register("Registerplein")
        self.krvv = register("KR V&V")


@pytest.fixture
def group(academy):
    return Group()


def lines(response):
    return response.content.decode("utf-8").splitlines()


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "Dutch Excel needs the byte order mark"
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def xlsx_sheet(response):
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


# The number list ----------------------------------------------------------------------------


def test_number_list_has_exactly_the_qualifying_numbers_one_per_line(staff_client, group):
    response = staff_client.get(url("accreditation_txt", group.edition.pk, group.rp.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="pe-online-')
    assert "no-store" in response["Cache-Control"]
    # Sorted by surname: Bakker, Jansen (number from the profile), de Vries.
    assert lines(response) == ["46107777", "4610998877", "46100012345"]
    assert response.content.endswith(b"\n")


def test_people_who_missed_a_session_cancelled_or_have_no_number_are_not_listed(
    staff_client, group
):
    text = staff_client.get(url("accreditation_txt", group.edition.pk, group.rp.pk)).content
    assert b"46105555" not in text  # Carla missed a session
    assert b"46104444" not in text  # Ilse's registration was cancelled
    assert b"123456789" not in text  # Dirk is in another register

    page = staff_client.get(url("accreditation", group.edition.pk)).content.decode()
    assert "Henk Zonder" in page, "completed without a number: staff are told"
    assert "Carla Smit: Aanwezig bij 2 van de 3 nodige bijeenkomsten." in page


def test_another_register_gets_only_its_own_numbers(staff_client, group):
    response = staff_client.get(url("accreditation_txt", group.edition.pk, group.krvv.pk))
    assert lines(response) == ["123456789"]


def test_one_missed_session_counts_when_it_was_made_up_in_another_edition(staff_client, academy):
    group = Group(completion_allows_make_up=True)
    other = edition(group.course, starts_in_days=-50, sessions=3)
    attend(confirmed(other, group.carla.participant), [1])  # the session Carla missed

    response = staff_client.get(url("accreditation_txt", group.edition.pk, group.rp.pk))

    assert "46105555" in lines(response)
    sheet = xlsx_sheet(staff_client.get(url("accreditation_xlsx", group.edition.pk, group.rp.pk)))
    carla = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "46105555")
    assert carla[-1] == "Afgerond; één bijeenkomst is ingehaald in een andere editie."


def test_numbers_page_shows_a_read_only_text_box_and_a_copy_button_for_js(staff_client, group):
    response = staff_client.get(url("accreditation_numbers", group.edition.pk, group.rp.pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["numbers"] == "46107777\n4610998877\n46100012345\n"
    assert "readonly" in html and "46107777\n4610998877\n46100012345" in html
    # The button only appears with JavaScript, which lives in a static file.
    assert 'data-copy-target="pe-online-numbers"' in html
    assert "js/academy-copy.js" in html
    assert "onclick" not in html
    assert AccreditationExport.objects.get().format == Format.NUMBERS


def test_a_register_the_course_is_not_accredited_in_answers_404(staff_client, group):
    big = register("BIG")
    for name in ("accreditation_numbers", "accreditation_txt", "accreditation_csv"):
        assert staff_client.get(url(name, group.edition.pk, big.pk)).status_code == 404
    assert not AccreditationExport.objects.exists()


# The presence list --------------------------------------------------------------------------


def expected_dates(group):
    sessions = group.edition.sessions.order_by("start")
    return [session.start.astimezone(AMSTERDAM) for session in sessions]


def test_presence_list_csv_has_the_accreditation_the_dates_and_attendance(staff_client, group):
    response = staff_client.get(url("accreditation_csv", group.edition.pk, group.rp.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = csv_rows(response)
    dates = expected_dates(group)
    assert header == [
        "Register",
        "Registratienummer",
        "Voorletters en achternaam",
        "Voornaam",
        "E-mailadres",
        "Training",
        "Accreditatienummer",
        "Punten",
        "Data van de bijeenkomsten",
        *(f"Bijeenkomst {n} ({d:%d-%m-%Y} 19:30)" for n, d in enumerate(dates, start=1)),
        "Afgerond",
    ]
    assert [row[1] for row in rows] == ["46107777", "4610998877", "46100012345"]
    anna = rows[2]
    assert anna[:9] == [
        "Registerplein",
        "46100012345",
        "A.M. de Vries",
        "Anna Maria",
        group.anna.participant.email,
        "Omgaan met grensoverschrijdend gedrag",
        "RP-2026-48213",
        "7,5",
        ", ".join(f"{d:%d-%m-%Y}" for d in dates),
    ]
    assert anna[9:] == ["Aanwezig", "Aanwezig", "Aanwezig", "Afgerond."]
    gijs = rows[0]
    assert gijs[9:12] == ["Aanwezig", "Te laat", "Aanwezig"]


def test_presence_list_xlsx_cells(staff_client, group):
    response = staff_client.get(url("accreditation_xlsx", group.edition.pk, group.krvv.pk))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = xlsx_sheet(response)
    assert sheet.title == "KR V&V"
    assert sheet["A1"].value == "Register"
    assert sheet["H1"].value == "Punten"
    assert sheet.max_row == 2
    row = [cell.value for cell in sheet[2]]
    assert row[:8] == [
        "KR V&V",
        "123456789",
        "D. Mulder",
        "Dirk",
        group.dirk.participant.email,
        "Omgaan met grensoverschrijdend gedrag",
        "KRVV-309158",
        6,
    ]
    assert sheet["B2"].data_type == "s", "a register number stays text, leading zeros and all"
    assert row[8] == ", ".join(f"{d:%d-%m-%Y}" for d in expected_dates(group))
    assert row[9:] == ["Aanwezig", "Aanwezig", "Aanwezig", "Afgerond."]


def test_points_with_a_decimal_are_a_number_in_excel(staff_client, group):
    sheet = xlsx_sheet(staff_client.get(url("accreditation_xlsx", group.edition.pk, group.rp.pk)))
    assert sheet["H2"].value == 7.5


def test_text_that_looks_like_a_formula_stays_text(staff_client, group):
    mallory = group.anna.participant
    mallory.first_name = '=HYPERLINK("http://evil.example","klik")'
    mallory.last_name = "+31 van Dam"
    mallory.email = "@evil.example"
    mallory.save()

    rows = csv_rows(staff_client.get(url("accreditation_csv", group.edition.pk, group.rp.pk)))
    row = next(row for row in rows if row[1] == "46100012345")
    assert row[3] == '\'=HYPERLINK("http://evil.example","klik")'
    assert row[4] == "'@evil.example"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)

    sheet = xlsx_sheet(staff_client.get(url("accreditation_xlsx", group.edition.pk, group.rp.pk)))
    cell = next(row for row in sheet.iter_rows() if row[1].value == "46100012345")[3]
    assert cell.value == '=HYPERLINK("http://evil.example","klik")'
    assert cell.data_type == "s", "openpyxl would store it as a formula otherwise"


# The overview and the log -------------------------------------------------------------------


def test_overview_shows_each_register_with_counts_and_accreditation(staff_client, group):
    response = staff_client.get(url("accreditation", group.edition.pk))

    assert response.status_code == 200
    summaries = {
        item["summary"].register.short_name: item["summary"]
        for item in response.context["registers"]
    }
    assert set(summaries) == {"Registerplein", "KR V&V"}
    assert len(summaries["Registerplein"].qualifying) == 3
    assert len(summaries["Registerplein"].not_completed) == 1
    assert len(summaries["KR V&V"].qualifying) == 1
    html = response.content.decode()
    for text in ("RP-2026-48213", "KRVV-309158", "7,5", "Presentielijst als Excel"):
        assert text in html
    assert url("accreditation_xlsx", group.edition.pk, group.rp.pk) in html


def test_accreditation_not_valid_on_the_edition_dates_gives_a_warning(staff_client, group):
    CourseAccreditation.objects.filter(course=group.course, register=group.rp).update(
        valid_until=timezone.localdate() - dt.timedelta(days=100)
    )
    html = staff_client.get(url("accreditation", group.edition.pk)).content.decode()
    assert "de accreditatie geldt niet op alle data van deze editie" in html


def test_every_export_is_logged_and_listed(staff_client, staff, group):
    edition_pk, rp = group.edition.pk, group.rp.pk
    staff_client.get(url("accreditation_numbers", edition_pk, rp))
    staff_client.get(url("accreditation_txt", edition_pk, rp))
    staff_client.get(url("accreditation_csv", edition_pk, rp))
    staff_client.get(url("accreditation_xlsx", edition_pk, group.krvv.pk))

    logged = list(
        AccreditationExport.objects.order_by("pk").values_list(
            "edition_id", "register__short_name", "format", "participant_count", "exported_by"
        )
    )
    assert logged == [
        (edition_pk, "Registerplein", Format.NUMBERS, 3, staff.pk),
        (edition_pk, "Registerplein", Format.NUMBERS, 3, staff.pk),
        (edition_pk, "Registerplein", Format.CSV, 3, staff.pk),
        (edition_pk, "KR V&V", Format.XLSX, 1, staff.pk),
    ]
    html = staff_client.get(url("accreditation", edition_pk)).content.decode()
    assert "Presentielijst (Excel)" in html and "Sanne Staf" in html


def test_edition_page_links_to_accreditation_for_staff(staff_client, group):
    html = staff_client.get(url("registrations", group.edition.pk)).content.decode()
    assert url("accreditation", group.edition.pk) in html


def test_course_without_accreditation_says_so(staff_client, academy):
    plain = edition(course(), starts_in_days=-10)
    response = staff_client.get(url("accreditation", plain.pk))
    assert response.status_code == 200
    assert "Deze training heeft geen accreditatie." in response.content.decode()


# Who may see it -----------------------------------------------------------------------------


def refused_by_wagtail(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def export_urls(group):
    edition_pk, rp = group.edition.pk, group.rp.pk
    return [
        url("accreditation", edition_pk),
        url("accreditation_numbers", edition_pk, rp),
        url("accreditation_txt", edition_pk, rp),
        url("accreditation_csv", edition_pk, rp),
        url("accreditation_xlsx", edition_pk, rp),
    ]


def trainer_of(ed, with_permission=False):
    account = f.user(groups=["Trainers"])
    if with_permission:
        account.user_permissions.add(Permission.objects.get(codename="export_participants"))
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    ed.trainers.add(person)
    ed.save()  # a ParentalManyToManyField is written when its edition is saved
    return account


def test_trainer_without_the_permission_is_refused(client, group):
    client.force_login(trainer_of(group.edition))
    for path in export_urls(group):
        response = client.get(path)
        assert refused_by_wagtail(response), path
    registrations = client.get(url("registrations", group.edition.pk)).content.decode()
    assert url("accreditation", group.edition.pk) not in registrations
    assert not AccreditationExport.objects.exists()


def test_trainer_with_the_permission_gets_404_for_another_edition(client, group):
    other = edition(group.course, starts_in_days=-60, sessions=1)
    client.force_login(trainer_of(other, with_permission=True))
    for path in export_urls(group):
        assert client.get(path).status_code == 404, path
    assert not AccreditationExport.objects.exists()


def test_trainer_with_the_permission_exports_their_own_edition(client, group):
    client.force_login(trainer_of(group.edition, with_permission=True))
    response = client.get(url("accreditation_txt", group.edition.pk, group.rp.pk))
    assert lines(response) == ["46107777", "4610998877", "46100012345"]


def test_anonymous_visitors_are_sent_to_the_login(client, group):
    for path in export_urls(group):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(reverse("wagtailadmin_login")), path
    assert not AccreditationExport.objects.exists()


def test_overview_and_lists_take_the_same_queries_for_a_bigger_group(staff_client, group):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    paths = [
        url("accreditation", group.edition.pk),
        url("accreditation_xlsx", group.edition.pk, group.rp.pk),
    ]

    def queries():
        counts = []
        for path in paths:
            with CaptureQueriesContext(connection) as captured:
                assert staff_client.get(path).status_code == 200
            counts.append(len(captured))
        return counts

    queries()  # the first visit fills caches and the export history
    before = queries()
    for number in range(5):
        extra = professional("Extra", f"Deelnemer {number}")
        attend(confirmed(group.edition, extra, "Registerplein", f"4610000{number}00"))
    after = queries()

    assert after == before
