"""'Cijfers' in the admin (insights.views): who may see it, the period form (each kind,
its defaults, bad input as a 400 with a Dutch message, never a 500), the comparison with a
year earlier, and the page's cards, charts and tables."""

import datetime as dt
import random
import string
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from guide import counts
from guide.models import AnswerCount
from insights import views
from insights.dashboard import Dashboard
from insights.periods import Period
from insights.sections import (
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


def url(**params):
    return (
        f"{reverse('insights_dashboard')}?{urlencode(params)}"
        if params
        else reverse("insights_dashboard")
    )


def staff(with_permission=True, via_group=False):
    user = f.user(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if with_permission:
        permission = Permission.objects.get(
            content_type__app_label="insights", codename="view_figures"
        )
        if via_group:
            group = Group.objects.create(name="Cijfers bekijken")
            group.permissions.add(permission)
            user.groups.add(group)
        else:
            user.user_permissions.add(permission)
    return user


@pytest.fixture
def signed_in(client):
    client.force_login(staff(via_group=True))
    return client


# Who may see it ------------------------------------------------------------------------


def test_staff_with_the_permission_see_the_page_and_the_menu_item(client):
    client.force_login(staff(via_group=True))
    response = client.get(url())
    assert response.status_code == 200
    assert "Cijfers" in response.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("insights_dashboard") in menu


def test_staff_without_the_permission_are_refused_the_page_and_the_downloads(client):
    client.force_login(staff(with_permission=False))
    assert client.get(url()).status_code == 403
    assert client.get(url(kind="year", year=2026, export="csv")).status_code == 403
    assert client.get(url(kind="year", year=2026, export="xlsx")).status_code == 403
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("insights_dashboard") not in menu


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(url(kind="year", year=2026))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_people_without_admin_access_are_sent_to_log_in(client):
    client.force_login(f.user())
    response = client.get(url())
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_the_permission_can_be_given_to_a_group_in_the_admin(client):
    client.force_login(f.superuser())
    group = Group.objects.create(name="Cijfers")
    response = client.get(reverse("wagtailusers_groups:edit", args=(group.pk,)))
    assert response.status_code == 200
    permission = Permission.objects.get(content_type__app_label="insights")
    assert f'value="{permission.pk}"' in response.content.decode()


# The period ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "period", "previous"),
    [
        (
            {},
            Period.days(dt.date(2027, 1, 1), dt.date(2027, 3, 10)),
            "1 januari 2026 t/m 10 maart 2026",
        ),
        ({"kind": "month", "year": 2026, "month": 11}, Period.month(2026, 11), "november 2025"),
        (
            {"kind": "quarter", "year": 2026, "quarter": 2},
            Period.quarter(2026, 2),
            "2e kwartaal 2025",
        ),
        ({"kind": "year", "year": 2026}, Period.year(2026), "2025"),
        (
            {"kind": "custom", "start": "2026-02-10", "end": "2026-04-20"},
            Period.days(dt.date(2026, 2, 10), dt.date(2026, 4, 20)),
            "10 februari 2025 t/m 20 april 2025",
        ),
        # Dutch dates are understood too; a field left empty gets its default.
        (
            {"kind": "custom", "start": "10-02-2026", "end": "20-04-2026", "year": ""},
            Period.days(dt.date(2026, 2, 10), dt.date(2026, 4, 20)),
            "10 februari 2025 t/m 20 april 2025",
        ),
        # Only the kind: the year, month or quarter of today.
        ({"kind": "month"}, Period.month(2027, 3), "maart 2026"),
        ({"kind": "quarter"}, Period.quarter(2027, 1), "1e kwartaal 2026"),
    ],
    ids=["default", "month", "quarter", "year", "custom", "custom-dutch", "month-now", "q-now"],
)
def test_each_kind_of_period_and_its_comparison(signed_in, params, period, previous):
    response = signed_in.get(url(**params))

    assert response.status_code == 200
    dashboard = response.context["dashboard"]
    assert dashboard.period == period
    assert dashboard.previous == period.previous_year()
    assert dashboard.previous.label == previous
    html = response.content.decode()
    assert f"Gekozen periode: <strong>{period.label}</strong>" in html
    assert f"U vergelijkt met <strong>{previous}</strong>" in html


def test_default_is_this_year_up_to_today_in_almere(signed_in):
    response = signed_in.get(url())
    form = response.context["form"]
    assert form.cleaned_data["kind"] == "custom"
    assert form.cleaned_data["start"] == dt.date(2027, 1, 1)
    assert form.cleaned_data["end"] == dt.date(2027, 3, 10)
    assert response.context["dashboard"].period.label == "1 januari 2027 t/m 10 maart 2027"


@pytest.mark.fixed_clock("2026-12-31T23:30:00+00:00")
def test_default_follows_the_date_in_almere_not_utc(signed_in):
    # 23:30 UTC on 31 December is already New Year's Day in Almere.
    response = signed_in.get(url())
    assert response.context["dashboard"].period == Period.days(
        dt.date(2027, 1, 1), dt.date(2027, 1, 1)
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"kind": "week"}, "Kies maand, kwartaal, jaar of zelf kiezen."),
        ({"kind": "year", "year": "twintig"}, "Vul een jaar in, bijvoorbeeld 2026."),
        ({"kind": "year", "year": "1999"}, "Kies een jaar vanaf 2000."),
        ({"kind": "year", "year": "99999"}, "Kies een jaar tot en met 2100."),
        ({"kind": "month", "year": "2026", "month": "13"}, "Kies een maand uit de lijst."),
        ({"kind": "quarter", "year": "2026", "quarter": "5"}, "Kies kwartaal 1, 2, 3 of 4."),
        ({"kind": "custom", "start": "31-02-2026"}, "Vul een datum in, bijvoorbeeld 2026-03-31."),
        ({"kind": "custom", "start": "0001-01-01"}, "Kies een datum tussen 2000 en 2100."),
        (
            {"kind": "custom", "start": "2026-05-01", "end": "2026-04-30"},
            "Deze datum ligt voor de eerste datum.",
        ),
        (
            {"kind": "custom", "start": "2020-01-01", "end": "2025-01-01"},
            "Kies een periode van hoogstens 5 jaar.",
        ),
        ({"export": "pdf"}, "Kies CSV of XLSX."),
    ],
)
def test_bad_input_is_a_400_with_a_dutch_message(signed_in, params, message):
    response = signed_in.get(url(**params))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "dashboard" not in response.context


def test_five_years_exactly_is_allowed(signed_in):
    response = signed_in.get(url(kind="custom", start="2020-01-01", end="2024-12-31"))
    assert response.status_code == 200
    assert len(response.context["dashboard"].period.months()) == 60


def test_no_fuzzed_address_gives_a_server_error(signed_in):
    pieces = [
        "",
        "0",
        "-1",
        "2026",
        "9" * 30,
        "2026-02-29",
        "2024-02-29",
        "29-02-2024",
        "month",
        "quarter",
        "year",
        "custom",
        "csv",
        "xlsx",
        "\x00",
        "<script>",
        "%",
        "1e9",
        " ",
        "２０２６",
    ]
    names = ["kind", "year", "month", "quarter", "start", "end", "export"]
    chooser = random.Random(18)  # noqa: S311 (test data, not a secret)
    for _attempt in range(60):
        params = {name: chooser.choice(pieces) for name in chooser.sample(names, 4)}
        if chooser.random() < 0.2:
            params["x" + chooser.choice(string.ascii_lowercase)] = "1"
        response = signed_in.get(url(**params))
        assert response.status_code in (200, 400), (params, response.status_code)


# The page ------------------------------------------------------------------------------


def hand_made_dashboard(period):
    months = period.months()
    return Dashboard(
        period=period,
        previous=period.previous_year(),
        sections=[
            Section(
                key="academie",
                title="Vrijwilligersacademie",
                figures=[
                    Figure("registrations", "Aanmeldingen", PEOPLE, 120, 100),
                    Figure("small", "Wachtlijst", PEOPLE, 3, 12),
                    Figure("attendance", "Opkomst", PERCENT, 80, 75, base=40, previous_base=30),
                    Figure("revenue", "Omzet", EURO, 125_000, None),
                ],
                trends=[
                    Trend(
                        "per_month",
                        "Aanmeldingen per maand",
                        PEOPLE,
                        [
                            Point(month, current, previous)
                            for month, current, previous in zip(
                                months[:3], [40, 2, 78], [30, 50, 20], strict=True
                            )
                        ],
                    )
                ],
                breakdowns=[
                    Breakdown(
                        "wijken",
                        "Deelnemers per wijk",
                        "Wijk",
                        PEOPLE,
                        [Row("haven", "Almere Haven", 55, 4), Row("stad", "Almere <Stad>", 65, 96)],
                    )
                ],
            ),
            Section(key="agenda", title="Agenda"),
        ],
    )


def test_the_page_shows_cards_charts_and_tables(signed_in, monkeypatch):
    monkeypatch.setattr(views, "build", lambda period, now: hand_made_dashboard(period))
    response = signed_in.get(url(kind="quarter", year=2026, quarter=1))

    assert response.status_code == 200
    html = response.content.decode()
    # Cards: the value, a year earlier and the change.
    assert "Aanmeldingen" in html and "120" in html and "100" in html and "+20 %" in html
    assert "&lt; 5" in html  # the waiting list of 3
    assert "80 %" in html and "+5 %-punt" in html
    assert "€ 1.250,00" in html
    # A line chart and a bar chart, each with a table beside it; per district also the
    # map of Almere.
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg"') == 3
    assert 'aria-labelledby="chart-1-trend-1-title chart-1-trend-1-desc"' in html
    assert 'aria-labelledby="chart-1-bars-1-title chart-1-bars-1-desc"' in html
    assert 'aria-labelledby="chart-1-map-1-title chart-1-map-1-desc"' in html
    assert "<caption>De getallen bij „Aanmeldingen per maand”, per maand</caption>" in html
    assert '<th scope="row">januari 2026</th><td>40</td><td>30</td>' in html
    assert '<th scope="row">februari 2026</th><td>&lt; 5</td><td>50</td>' in html
    assert '<th scope="col">Wijk</th>' in html
    assert '<th scope="row">Almere Haven</th><td>55</td><td>&lt; 5</td>' in html
    assert "Almere &lt;Stad&gt;" in html and "Almere <Stad>" not in html
    # A section without figures says so.
    assert "Voor dit onderdeel zijn nog geen cijfers." in html
    # Downloads of the chosen period, and the yearly report of its year.
    assert 'href="/admin/cijfers/?kind=quarter&amp;year=2026' in html
    assert "quarter=1" in html and "export=csv" in html and "export=xlsx" in html
    report = reverse("insights_report")
    assert f'href="{report}?year=2026&amp;format=pdf"' in html
    assert "Jaarverslag 2026 (PDF)" in html
    # The stylesheet, and no inline style or event handler of ours.
    assert "/static/css/insights.css" in html


def test_the_yearly_report_link_never_points_past_this_year(signed_in, monkeypatch):
    monkeypatch.setattr(views, "build", lambda period, now: hand_made_dashboard(period))
    response = signed_in.get(url(kind="year", year=2030))
    assert response.context["report_year"] == 2027


def test_real_figures_for_a_period_and_a_year_earlier(signed_in):
    """End to end with the real builders: the wegwijzer's walks counted per month."""
    page = wegwijzer()
    for month, number in ((dt.date(2026, 2, 1), 7), (dt.date(2025, 2, 1), 6)):
        AnswerCount.objects.create(
            page=page,
            month=month,
            district="",
            question=counts.WALK,
            answer=counts.WALK_DONE,
            count=number,
        )

    response = signed_in.get(url(kind="month", year=2026, month=2))

    assert response.status_code == 200
    dashboard = response.context["dashboard"]
    assert [section.key for section in dashboard.sections][1:] == [
        "vacaturebank",
        "wegwijzer",
        "agenda",
    ]
    walks = dashboard.section("wegwijzer").figure("paths_walked")
    assert (walks.current, walks.previous, walks.change) == (7, 6, "+17 %")
    html = response.content.decode()
    assert "februari 2026" in html and "februari 2025" in html
    for section in dashboard.sections:
        assert f'id="onderdeel-{section.key}-titel"' in html
