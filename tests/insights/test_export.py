"""The dashboard's downloads (insights.export): every figure as CSV and as XLSX with one
sheet per section, numbers as numbers, "< 5" for a group below five, and the same period
as the page."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from openpyxl import load_workbook

from guide import counts
from guide.models import AnswerCount
from insights import export, views
from insights.dashboard import Dashboard
from insights.periods import Period
from insights.sections import (
    DAYS,
    EURO,
    PEOPLE,
    PERCENT,
    Breakdown,
    Figure,
    Point,
    Row,
    Section,
    Trend,
)
from tests import factories as f
from tests.guide.wegwijzer_factory import wegwijzer

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")]

PERIOD = Period.quarter(2026, 1)


def dashboard():
    return Dashboard(
        period=PERIOD,
        previous=PERIOD.previous_year(),
        sections=[
            Section(
                key="academie",
                title="Vrijwilligersacademie",
                figures=[
                    Figure("registrations", "Aanmeldingen", PEOPLE, 120, 100),
                    Figure("waiting", "Wachtlijst", PEOPLE, 3, 12),
                    Figure("attendance", "Opkomst", PERCENT, Decimal("80.04"), 75, 40, 3),
                    Figure("revenue", "Omzet", EURO, 125_050, None),
                ],
                trends=[
                    Trend(
                        "per_month",
                        "Aanmeldingen per maand",
                        PEOPLE,
                        [
                            Point(dt.date(2026, 1, 1), 40, 30),
                            Point(dt.date(2026, 2, 1), 2, 50),
                            Point(dt.date(2026, 3, 1), 78, 20),
                        ],
                    )
                ],
                breakdowns=[
                    Breakdown(
                        "wijken",
                        "Deelnemers per wijk",
                        "Wijk",
                        PEOPLE,
                        [Row("haven", "Almere Haven", 55, 4), Row("stad", "=Almere Stad", 65, 50)],
                    )
                ],
            ),
            Section(
                key="vacaturebank",
                title="Vacaturebank",
                figures=[Figure("days", "Reactietijd", DAYS, Decimal("2.25"), 3, 12, 10)],
            ),
            Section(key="agenda", title="Agenda"),
        ],
    )


def test_rows_hold_every_figure_month_and_breakdown_row():
    rows = list(export.rows(dashboard()))
    section, key = "Vrijwilligersacademie", "Kerncijfers"
    assert rows == [
        [section, key, "Aanmeldingen", 120, 100, 20],
        [section, key, "Wachtlijst", "< 5", 12, None],
        # A rate over fewer than five people a year earlier is not shown.
        [section, key, "Opkomst (%)", Decimal("80.0"), "< 5", None],
        [section, key, "Omzet (€)", Decimal("1250.5"), "–", None],
        [section, "Aanmeldingen per maand", "januari 2026", 40, 30, 33],
        [section, "Aanmeldingen per maand", "februari 2026", "< 5", 50, None],
        [section, "Aanmeldingen per maand", "maart 2026", 78, 20, 290],
        [section, "Deelnemers per wijk (Wijk)", "Almere Haven", 55, "< 5", None],
        [section, "Deelnemers per wijk (Wijk)", "=Almere Stad", 65, 50, 30],
        ["Vacaturebank", key, "Reactietijd (dagen)", Decimal("2.3"), Decimal("3.0"), -25],
    ]


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_csv_opens_in_dutch_excel_and_keeps_small_groups_hidden():
    response = export.csv_response(dashboard())
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="cijfers-vmca-2026-q1.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == [
        "Onderdeel",
        "Tabel",
        "Wat",
        "Gekozen periode: 1e kwartaal 2026",
        "Een jaar eerder: 1e kwartaal 2025",
        "Verschil in % (bij een percentage: in %-punt)",
    ]
    academy = "Vrijwilligersacademie"
    assert [academy, "Kerncijfers", "Aanmeldingen", "120", "100", "20"] in rows
    assert [academy, "Kerncijfers", "Wachtlijst", "< 5", "12", ""] in rows
    assert [academy, "Kerncijfers", "Opkomst (%)", "80,0", "< 5", ""] in rows
    assert [academy, "Kerncijfers", "Omzet (€)", "1250,5", "–", ""] in rows
    assert [academy, "Aanmeldingen per maand", "februari 2026", "< 5", "50", ""] in rows
    # Text that looks like a formula stays text.
    assert [academy, "Deelnemers per wijk (Wijk)", "'=Almere Stad", "65", "50", "30"] in rows
    # No exact count below five anywhere.
    assert not [row for row in rows[1:] if set(row[3:5]) & {"0", "1", "2", "3", "4"}]


def test_xlsx_has_a_sheet_per_section_with_numbers_as_numbers():
    workbook = load_workbook(io.BytesIO(export.xlsx_bytes(dashboard())))
    assert workbook.sheetnames == ["Vrijwilligersacademie", "Vacaturebank", "Agenda"]
    sheet = workbook["Vrijwilligersacademie"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == [
        "Tabel",
        "Wat",
        "Gekozen periode: 1e kwartaal 2026",
        "Een jaar eerder: 1e kwartaal 2025",
        "Verschil in % (bij een percentage: in %-punt)",
    ]
    assert ["Kerncijfers", "Aanmeldingen", 120, 100, 20] in values
    assert ["Kerncijfers", "Wachtlijst", "< 5", 12, None] in values
    assert ["Kerncijfers", "Omzet (€)", 1250.5, "–", None] in values
    assert ["Deelnemers per wijk (Wijk)", "=Almere Stad", 65, 50, 30] in values
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["C4"].value == 80.0 and sheet["C4"].number_format == "0.0"
    assert [[c.value for c in r] for r in workbook["Agenda"].iter_rows()] == [values[0]]


def test_xlsx_response_is_a_download_of_the_same_workbook():
    response = export.xlsx_response(dashboard())
    assert response["Content-Disposition"].startswith("attachment")
    assert "cijfers-vmca-2026-q1.xlsx" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Vrijwilligersacademie", "Vacaturebank", "Agenda"]


# Through the page ----------------------------------------------------------------------


@pytest.fixture
def signed_in(client):
    user = f.user(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="insights", codename="view_figures"),
    )
    client.force_login(user)
    return client


def test_the_page_downloads_the_chosen_period(signed_in, monkeypatch):
    asked = []

    def build(period, now):
        asked.append(period)
        return dashboard()

    monkeypatch.setattr(views, "build", build)
    base = reverse("insights_dashboard")
    response = signed_in.get(f"{base}?kind=quarter&year=2026&quarter=1&export=csv")
    assert response.status_code == 200
    assert asked == [PERIOD]
    assert ["Vacaturebank", "Kerncijfers", "Reactietijd (dagen)", "2,3", "3,0", "-25"] in (
        read_csv(response)
    )
    response = signed_in.get(f"{base}?kind=quarter&year=2026&quarter=1&export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def test_real_figures_export_with_the_small_group_rule(signed_in):
    """End to end: the wegwijzer's walks, 7 this month and 3 a year earlier."""
    page = wegwijzer()
    for month, number in ((dt.date(2026, 2, 1), 7), (dt.date(2025, 2, 1), 3)):
        AnswerCount.objects.create(
            page=page,
            month=month,
            district="",
            question=counts.WALK,
            answer=counts.WALK_DONE,
            count=number,
        )
    base = reverse("insights_dashboard")

    rows = read_csv(signed_in.get(f"{base}?kind=month&year=2026&month=2&export=csv"))
    assert rows[0][3:5] == ["Gekozen periode: februari 2026", "Een jaar eerder: februari 2025"]
    assert ["Wegwijzer", "Kerncijfers", "Wegwijzers doorlopen", "7", "< 5", ""] in rows

    response = signed_in.get(f"{base}?kind=month&year=2026&month=2&export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert "Wegwijzer" in workbook.sheetnames
    values = [[cell.value for cell in row] for row in workbook["Wegwijzer"].iter_rows()]
    assert ["Kerncijfers", "Wegwijzers doorlopen", 7, "< 5", None] in values
