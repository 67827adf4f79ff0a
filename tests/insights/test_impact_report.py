"""The yearly impact report (insights.report): `manage.py impact_report` and the admin's
download write a PDF (cms.pdf) and an XLSX with the year's figures against the year before,
per expertise centre and per wijk, the "< 5" rule honoured and no participant's name;
bad input is a clear message (CommandError, or a 400 in Dutch), never a 500."""

import datetime as dt
import io
import re
import zoneinfo
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from academy.models import Registration, RegistrationStatus
from tests import factories as f
from tests.academy import conftest as c

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")]

ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
PDF_A = "http://www.aiim.org/pdfa/ns/id/"
# Names that must never appear in the report.
NAMES = ("Henriëtte", "Zwanenburg", "Bartholomeus", "Quakkelaar")


def at(year, month, day):
    return dt.datetime(year, month, day, 12, 0, tzinfo=ALMERE)


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def register(edition, created, wijk, first_name="Deelnemer", last_name="Anoniem"):
    """A confirmed registration made at `created` (written afterwards: the database sets
    `created`, and the engine refuses dates in the past)."""
    person = c.participant(first_name=first_name, last_name=last_name, wijk=wijk)
    made = Registration.objects.create(
        edition=edition,
        participant=person,
        participant_type=person.participant_type,
        status=RegistrationStatus.CONFIRMED,
        confirmed_at=created,
    )
    Registration.objects.filter(pk=made.pk).update(created=created)
    return made


@pytest.fixture
def known_year():
    """2026: 12 registrations (9 from Almere Haven, 3 from Almere Buiten); 2025: 6, all from
    Almere Haven. So the report says 6 -> 12 (+100 %), Haven 6 -> 9 and Buiten "< 5"."""
    haven = f.wijk("Almere Haven", slug="haven")
    buiten = f.wijk("Almere Buiten", slug="buiten")
    edition = c.edition(capacity=40, first_start=at(2026, 9, 1))
    earlier = c.edition(capacity=40, first_start=at(2025, 9, 1))
    register(edition, at(2026, 3, 2), haven, first_name=NAMES[0], last_name=NAMES[1])
    for day in range(2, 10):
        register(edition, at(2026, 5, day), haven)
    for day in (3, 4):
        register(edition, at(2026, 6, day), buiten)
    register(edition, at(2026, 6, 5), buiten, first_name=NAMES[2], last_name=NAMES[3])
    for day in range(1, 7):
        register(earlier, at(2025, 4, day), haven)
    # Outside both years: counts for neither.
    register(edition, at(2027, 1, 5), haven)
    register(earlier, at(2024, 12, 31), haven)


def run_command(**options):
    out = io.StringIO()
    call_command("impact_report", stdout=out, **options)
    return out.getvalue()


# The command ------------------------------------------------------------------------------


def test_the_command_writes_a_pdf_with_the_years_figures_against_the_year_before(
    known_year, tmp_path
):
    target = tmp_path / "jaarverslag.pdf"
    said = run_command(year=2026, output=str(target))

    assert str(target) in said
    assert "Jaarverslag 2026 geschreven naar" in said
    assert re.search(r"in \d+,\d seconden", said)
    data = target.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert [n.value for n in reader.xmp_metadata.get_element("", PDF_A, "part")] == ["3"]
    text = pdf_text(data)

    # The cover, then the chapters in the report's order (index() fails when one is missing
    # or comes too early).
    assert "Jaarverslag 2026 De cijfers van 2026 naast die van 2025" in text
    position = 0
    for title in (
        "De belangrijkste cijfers",
        "Expertisecentrum Vrijwillige inzet",
        "Vacaturebank",
        "Expertisecentrum Mantelzorg",
        "Wegwijzer",
        "Vrijwilligersacademie",
        "Agenda",
        "Per wijk",
        "Colofon",
    ):
        position = text.index(title, position)

    # The summary and the academy's chapter: 6 registrations in 2025, 12 in 2026.
    assert "Vrijwilligersacademie Aanmeldingen 6 12 +100 %" in text
    assert "Aanmeldingen 6 12 +100 % Deelnemers 6 12 +100 %" in text
    # Per month: May 2026 had 8, June 3 ("< 5"), March 1 ("< 5"); April 2025 had 6.
    assert "mei < 5 8" in text
    assert "juni < 5 < 5" in text
    assert "april 6 < 5" in text
    # Per wijk: Haven 6 -> 9, Buiten none -> 3, both below five.
    assert "Aanmeldingen per wijk Wijk 2025 2026 Almere Buiten < 5 < 5 Almere Haven 6 9" in text
    # The colophon: when it was made and up to which date it counts.
    assert "Gemaakt 10 maart 2027 om 12.00 uur" in text
    assert "Cijfers tot en met 31 december 2026" in text
    assert "nog niet voorbij" not in text
    assert "„< 5”" in text
    # Never a participant's name.
    for name in NAMES:
        assert name not in text


def test_the_command_writes_the_same_figures_as_xlsx(known_year, tmp_path):
    target = tmp_path / "jaarverslag.xlsx"
    said = run_command(year=2026, output=str(target))

    assert str(target) in said
    workbook = load_workbook(target)
    sheet = workbook["Vrijwilligersacademie"]
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    assert rows[0][:4] == ("Tabel", "Wat", "Gekozen periode: 2026", "Een jaar eerder: 2025")
    assert str(rows[0][4]).startswith("Verschil")
    registrations = next(row for row in rows if row[:2] == ("Kerncijfers", "Aanmeldingen"))
    assert registrations[2:4] == (12, 6)
    # The change as the dashboard's export writes it: a number of percent, or the text.
    assert registrations[4] in (100, "+100 %")
    wijk_rows = {
        row[1]: row[2:4] for row in rows if str(row[0]).startswith("Aanmeldingen per wijk")
    }
    assert wijk_rows == {"Almere Buiten": ("< 5", "< 5"), "Almere Haven": (9, 6)}
    cells = " ".join(str(value) for row in rows for value in row)
    for name in NAMES:
        assert name not in cells


def test_a_report_of_this_year_counts_up_to_today(db, tmp_path):
    target = tmp_path / "lopend-jaar.pdf"
    run_command(year=2027, output=str(target))

    text = pdf_text(target.read_bytes())
    assert "Jaarverslag 2027" in text
    assert "De cijfers van 2027 naast die van 2026" in text
    assert "Cijfers tot en met 10 maart 2027 (2027 is nog niet voorbij)" in text


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (1999, "Kies een jaar van 2000 tot en met 2027."),
        (2028, "Kies een jaar van 2000 tot en met 2027."),
        (-5, "Vul een jaar in met vier cijfers, bijvoorbeeld 2026."),
    ],
)
def test_the_command_refuses_a_year_it_cannot_report_on(db, tmp_path, year, message):
    target = tmp_path / "jaarverslag.pdf"
    with pytest.raises(CommandError, match=re.escape(message)):
        run_command(year=year, output=str(target))
    assert not target.exists()


def test_the_command_refuses_a_year_that_is_not_a_number(db, tmp_path):
    with pytest.raises(CommandError, match="--year"):
        call_command("impact_report", "--year", "vorig", "--output", str(tmp_path / "a.pdf"))


@pytest.mark.parametrize("name", ["jaarverslag.docx", "jaarverslag", "jaarverslag.pdf.txt"])
def test_the_command_refuses_another_kind_of_file(db, tmp_path, name):
    with pytest.raises(CommandError, match=r"moet eindigen op \.pdf of \.xlsx"):
        run_command(year=2026, output=str(tmp_path / name))
    assert list(tmp_path.iterdir()) == []


def test_the_command_refuses_a_folder_that_does_not_exist(db, tmp_path):
    with pytest.raises(CommandError, match="bestaat niet"):
        run_command(year=2026, output=str(tmp_path / "nergens" / "jaarverslag.pdf"))


# The admin's download ------------------------------------------------------------------------


def staff(with_permission=True):
    user = f.user(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if with_permission:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="insights", codename="view_figures")
        )
    return user


def url(**params):
    return f"{reverse('insights_report')}?{urlencode(params)}"


def test_staff_with_the_permission_download_the_pdf(known_year, client):
    client.force_login(staff())
    response = client.get(url(year=2026, format="pdf"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="vmca-jaarverslag-2026.pdf"'
    text = pdf_text(response.content)
    assert "Jaarverslag 2026" in text
    assert "Vrijwilligersacademie Aanmeldingen 6 12 +100 %" in text
    for name in NAMES:
        assert name not in text


def test_staff_with_the_permission_download_the_xlsx(known_year, client):
    client.force_login(staff())
    response = client.get(url(year=2026, format="xlsx"))

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="vmca-jaarverslag-2026.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content))["Vrijwilligersacademie"]
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    assert ("Kerncijfers", "Aanmeldingen", 12, 6) in [row[:4] for row in rows]


def test_staff_without_the_permission_are_refused(known_year, client):
    client.force_login(staff(with_permission=False))
    response = client.get(url(year=2026, format="pdf"))
    assert response.status_code == 403
    assert b"%PDF" not in response.content


def test_nobody_signed_in_gets_the_login_page(client):
    response = client.get(url(year=2026, format="pdf"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "vorig jaar", "format": "pdf"}, "Vul een jaar in met vier cijfers"),
        ({"format": "pdf"}, "Vul een jaar in met vier cijfers"),
        ({"year": "٢٠٢٦", "format": "pdf"}, "Vul een jaar in met vier cijfers"),
        ({"year": "1999", "format": "pdf"}, "Kies een jaar van 2000 tot en met 2027."),
        ({"year": "2028", "format": "xlsx"}, "Kies een jaar van 2000 tot en met 2027."),
        ({"year": "2026", "format": "docx"}, "Kies als bestand pdf of xlsx."),
    ],
)
def test_bad_input_is_a_400_in_dutch(client, params, message):
    client.force_login(staff())
    response = client.get(url(**params))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_download_is_only_read(client):
    client.force_login(staff())
    assert client.post(url(year=2026, format="pdf")).status_code == 405
