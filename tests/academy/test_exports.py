"""Issue 14: one spreadsheet dialect for every export staff download (cms.spreadsheets).

CSV: UTF-8 with a byte order mark, ';' between fields, Dutch decimals and dates, no
formulas; XLSX: a named sheet, a frozen bold header and column widths. The PE-online
number list keeps the plain format PE-online wants: one number per line."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from academy.models import Payment
from academy.services import registration as services
from cms import spreadsheets
from tests import factories as f

from . import certificate_builders as b
from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

BOM = "\ufeff".encode()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    content = body(response)
    assert content.startswith(BOM), "Dutch Excel needs the byte order mark"
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = content.decode("utf-8").removeprefix("\ufeff")
    first_line = text.split("\r\n", 1)[0]
    assert ";" in first_line and "," not in first_line
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def xlsx_sheet(response, title):
    assert response["Content-Type"] == spreadsheets.XLSX_CONTENT_TYPE
    workbook = load_workbook(io.BytesIO(body(response)))
    assert workbook.sheetnames == [title]
    sheet = workbook[title]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    for column in range(1, sheet.max_column + 1):
        letter = sheet.cell(row=1, column=column).column_letter
        width = sheet.column_dimensions[letter].width
        heading = sheet.cell(row=1, column=column).value
        assert width >= spreadsheets.MIN_WIDTH and width >= len(heading), heading
    return sheet


# Each export ------------------------------------------------------------------------------


REGISTRATION_HEADINGS = [
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


@pytest.fixture
def registrations(academy):
    ed = edition(course(title="Gesprekstechnieken"))
    services.register(
        ed.pk,
        participant(first_name="Ömer", last_name="Çelik", organisation="Zorggroep; Almere"),
        services.Answers(accessibility="@rolstoel"),
    )
    return ed


def test_registrations_export_csv(staff_client, registrations):
    response = staff_client.get(
        reverse("academy_registrations:index"), {"export": "csv", "edition": registrations.pk}
    )

    header, *rows = csv_rows(response)

    assert header == REGISTRATION_HEADINGS
    [row] = rows
    values = dict(zip(header, row, strict=True))
    assert values["Naam"] == "Ömer Çelik"
    assert values["Organisatie"] == "Zorggroep; Almere"  # a ';' in a cell stays in the cell
    assert values["Antwoorden"] == "Toegankelijkheid: @rolstoel"
    registered = timezone.localtime(registrations.registrations.get().created)
    assert values["Aangemeld op"] == registered.strftime("%d-%m-%Y %H:%M")


def test_registrations_export_xlsx(staff_client, registrations):
    response = staff_client.get(reverse("academy_registrations:index"), {"export": "xlsx"})

    sheet = xlsx_sheet(response, "Aanmeldingen")

    assert [cell.value for cell in sheet[1]] == REGISTRATION_HEADINGS
    assert sheet["B2"].value == "Ömer Çelik"
    assert sheet["K2"].is_date and sheet["K2"].number_format == "DD-MM-YYYY HH:MM"


@pytest.fixture
def payment(academy):
    ed = edition(course(title="Betaalde training", prices={"vrijwilliger": 4500}))
    registration = b.confirmed(ed, participant(first_name="Olga", last_name="Online"))
    return Payment.objects.create(
        registration=registration,
        amount_cents=4500,
        refunded_cents=1250,
        reference="VMCA-EXPORT-1",
        method="factuur",
        status="betaald",
    )


def payments_client(client):
    client.force_login(f.superuser())
    return client


def test_payments_export_csv(client, payment):
    response = payments_client(client).get(reverse("academy_payments:index"), {"export": "csv"})

    header, *rows = csv_rows(response)

    assert header[:4] == ["Kenmerk", "Datum", "Betaald op", "Naam"]
    values = dict(zip(header, rows[0], strict=True))
    assert (values["Kenmerk"], values["Bedrag"], values["Terugbetaald"]) == (
        "VMCA-EXPORT-1",
        "45,00",
        "12,50",
    )
    assert values["Datum"] == timezone.localdate(payment.created).strftime("%d-%m-%Y")


def test_payments_export_xlsx(client, payment):
    response = payments_client(client).get(reverse("academy_payments:index"), {"export": "xlsx"})

    sheet = xlsx_sheet(response, "Betalingen")

    headings = [cell.value for cell in sheet[1]]
    amount = sheet.cell(row=2, column=headings.index("Bedrag") + 1)
    assert (amount.value, amount.number_format) == (45, "0.00")


@pytest.fixture
def accredited(academy):
    ed = b.finished_edition(b.accredited_course(points="7.5"), sessions=1)
    b.attend(b.professional(ed, number="46101234"))
    return ed


def accreditation_url(name, ed):
    return reverse(f"academy_editions:{name}", args=(ed.pk, b.register().pk))


def test_presence_list_csv(staff_client, accredited):
    header, *rows = csv_rows(staff_client.get(accreditation_url("accreditation_csv", accredited)))

    assert header[:3] == ["Register", "Registratienummer", "Voorletters en achternaam"]
    values = dict(zip(header, rows[0], strict=True))
    assert (values["Registratienummer"], values["Punten"]) == ("46101234", "7,5")


def test_presence_list_xlsx(staff_client, accredited):
    sheet = xlsx_sheet(
        staff_client.get(accreditation_url("accreditation_xlsx", accredited)), "Registerplein"
    )
    assert sheet["B2"].value == "46101234" and sheet["H2"].value == 7.5


def test_pe_online_keeps_its_own_plain_format(staff_client, accredited):
    """PE-online wants the numbers pasted or uploaded as plain text: no BOM, no header."""
    response = staff_client.get(accreditation_url("accreditation_txt", accredited))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == b"46101234\n"


# The dialect itself -----------------------------------------------------------------------


def test_csv_cells_in_the_dutch_dialect(settings):
    settings.TIME_ZONE = "Europe/Amsterdam"
    winter = dt.datetime(2027, 1, 15, 18, 30, tzinfo=dt.UTC)
    content = spreadsheets.csv_bytes(
        ["Bedrag", "Punten", "Dag", "Moment", "Leeg", "Ja", "Tekst", "Formule"],
        [
            [
                Decimal("1250.50"),
                Decimal("2.5"),
                dt.date(2027, 3, 1),
                winter,
                None,
                True,
                'Zij zei "hallo"; en ging',
                "=SUM(A1)",
            ]
        ],
    )
    assert content.startswith(BOM)
    assert content.endswith(b"\r\n")
    [_header, row] = list(
        csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=spreadsheets.DELIMITER)
    )
    assert row == [
        "1250,50",
        "2,5",
        "01-03-2027",
        "15-01-2027 19:30",
        "",
        "ja",
        'Zij zei "hallo"; en ging',
        "'=SUM(A1)",
    ]


def test_xlsx_sheet_names_and_widths():
    assert spreadsheets.sheet_name("KR V&V / SKJ: [2027]?") == "KR V&V - SKJ- -2027--"
    assert spreadsheets.sheet_name("") == "Lijst"
    assert len(spreadsheets.sheet_name("x" * 40)) == 31
    content = spreadsheets.xlsx_bytes(
        "Proef", ["Naam", "Toelichting"], [["Jan", "x" * 200], ["=1+1", None]]
    )
    sheet = load_workbook(io.BytesIO(content))["Proef"]
    assert sheet.column_dimensions["A"].width == spreadsheets.MIN_WIDTH
    assert sheet.column_dimensions["B"].width == spreadsheets.MAX_WIDTH
    assert sheet["A3"].value == "=1+1" and sheet["A3"].data_type == "s"
