"""The "De cijfers" block's live value: a metric over a period the editor chose, counted
in whole days in Almere up to and including yesterday, kept per day (filled each night by
`refresh_live_figures`), shown through the "< 5" rule with the last day it counted; a
typed number with its source; old blocks and unknown metrics.

The metrics here are the tests' own (accounts by the day they joined), registered for the
test and taken out after it, so these tests do not lean on any app's figures.
"""

import datetime as dt
import io
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from cms import figures
from cms.blocks import KeyFigureBlock
from cms.figures import (
    LAST_12_MONTHS,
    LAST_YEAR,
    SINCE_THE_START,
    THIS_YEAR,
    live_figure,
    period_days,
    register_live_figure,
    register_live_figure_alias,
)
from tests import factories as f

pytestmark = pytest.mark.django_db
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC
PEOPLE = "test-nieuwe-accounts"  # a count about people: the "< 5" rule applies
THINGS = "test-accounts-exact"  # the same count, exact
OLD_KEY = "test-accounts-dit-jaar"  # an alias, as a key saved pages still hold
LABEL = "nieuwe accounts"
JAN_5 = "2027-01-05T12:00:00+01:00"


def at(*args, tz=ALMERE):
    return dt.datetime(*args, tzinfo=tz)


def joined(*moments):
    """Accounts that joined at these moments (the metric's data)."""
    user_model = get_user_model()
    first = user_model.objects.count()
    user_model.objects.bulk_create(
        user_model(username=f"lid{first + n}", date_joined=moment)
        for n, moment in enumerate(moments)
    )


def accounts_joined(start, end):
    """Accounts that joined from `start` up to `end` (dates in Almere)."""
    low = dt.datetime.combine(start, dt.time.min, tzinfo=ALMERE)
    high = dt.datetime.combine(end, dt.time.min, tzinfo=ALMERE)
    return get_user_model().objects.filter(date_joined__gte=low, date_joined__lt=high).count()


@pytest.fixture
def counted(monkeypatch):
    """The tests' metrics, alone in the registry (the site's own are back after the test).
    Yields the list of (start, end) each count was asked for."""
    monkeypatch.setattr(figures, "_live_figures", {})
    monkeypatch.setattr(figures, "_aliases", {})
    calls = []

    def count(start, end):
        calls.append((start, end))
        return accounts_joined(start, end)

    register_live_figure(PEOPLE, "Nieuwe accounts", count)
    register_live_figure(THINGS, "Nieuwe accounts (precies)", count, people=False)
    register_live_figure_alias(OLD_KEY, "Nieuwe accounts dit jaar (oud)", PEOPLE, THIS_YEAR)
    return calls


def home_with_figures(*figures):
    home = f.home_page()
    home.body = f.stream(("key_figures", {"title": "De cijfers", "figures": list(figures)}))
    f.publish(home)
    return home


def live(key=PEOPLE, period=THIS_YEAR, number="999", label=LABEL):
    return {"number": number, "label": label, "source": key, "period": period}


def shown(client, path="/"):
    """[(number, note)] of each figure on the page."""
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (_text(item, "number"), _text(item, "note")) for item in soup.select(".sf-figures__item")
    ]


def _text(item, part):
    found = item.select_one(f".sf-figures__{part}")
    return found.get_text(" ", strip=True) if found else ""


# The periods, at the year's edge in Almere ------------------------------------------------


@pytest.mark.fixed_clock(JAN_5)
def test_each_period_counts_whole_days_in_almere_up_to_yesterday(counted):
    joined(
        at(2025, 12, 31, 23, 30),  # 2025: only "sinds het begin"
        at(2025, 12, 31, 23, 30, tz=UTC),  # 1 January 2026, 00:30 in Almere
        at(2026, 1, 4, 23, 30),  # before the last 12 months (they start on 5 January)
        at(2026, 1, 5, 0, 10),  # the first day of the last 12 months
        at(2026, 12, 31, 22, 30, tz=UTC),  # 31 December 2026, 23:30 in Almere
        at(2026, 12, 31, 23, 30, tz=UTC),  # 1 January 2027, 00:30 in Almere
        at(2027, 1, 4, 23, 59),  # yesterday: counted
        at(2027, 1, 5, 0, 1),  # today: not counted yet
    )
    today = dt.date(2027, 1, 5)

    values = {p: live_figure(THINGS, p, today) for p in PERIODS_IN_ORDER}

    assert {p: v.text for p, v in values.items()} == {
        THIS_YEAR: "2",
        LAST_YEAR: "4",
        LAST_12_MONTHS: "4",
        SINCE_THE_START: "7",
    }
    assert {p: v.counted_until for p, v in values.items()} == {
        THIS_YEAR: dt.date(2027, 1, 4),
        LAST_YEAR: dt.date(2026, 12, 31),
        LAST_12_MONTHS: dt.date(2027, 1, 4),
        SINCE_THE_START: dt.date(2027, 1, 4),
    }
    assert (dt.date(2026, 1, 5), today) in counted  # the last 12 months, end exclusive


PERIODS_IN_ORDER = (THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, SINCE_THE_START)


def test_the_days_of_each_period():
    assert period_days(THIS_YEAR, dt.date(2027, 3, 10)) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 10),
    )
    assert period_days(LAST_YEAR, dt.date(2027, 1, 1)) == (
        dt.date(2026, 1, 1),
        dt.date(2027, 1, 1),
    )
    # On 1 January this year holds no whole day yet: the typed number shows.
    assert period_days(THIS_YEAR, dt.date(2027, 1, 1)) is None
    # 12 months back from 29 February starts on 28 February.
    assert period_days(LAST_12_MONTHS, dt.date(2028, 2, 29)) == (
        dt.date(2027, 2, 28),
        dt.date(2028, 2, 29),
    )
    assert period_days("elke-eeuw", dt.date(2027, 3, 10)) is None


@pytest.mark.fixed_clock("2027-01-01T09:00:00+01:00")
def test_on_new_years_day_this_year_shows_the_typed_number(client, counted):
    joined(*[at(2026, 12, 20, 10)] * 6)
    home_with_figures(live(THINGS, THIS_YEAR, number="2.400"), live(THINGS, LAST_YEAR))

    assert shown(client) == [
        ("2.400", ""),
        ("6", "Geteld tot en met 31 december 2026"),
    ]


# On the page -------------------------------------------------------------------------------


@pytest.mark.fixed_clock(JAN_5)
def test_the_page_shows_the_live_value_and_the_last_day_counted(client, counted):
    joined(*[at(2027, 1, 2, 10)] * 7, *[at(2026, 6, 1, 10)] * 5)
    home_with_figures(
        live(PEOPLE, THIS_YEAR),
        live(PEOPLE, LAST_YEAR),
        live(PEOPLE, SINCE_THE_START),
        {"number": "6", "label": "stadsdelen", "source": ""},
    )

    assert shown(client) == [
        ("7", "Geteld tot en met 4 januari 2027"),
        ("5", "Geteld tot en met 31 december 2026"),
        ("12", "Geteld tot en met 4 januari 2027"),
        ("6", ""),
    ]


@pytest.mark.fixed_clock(JAN_5)
def test_a_count_about_people_below_five_is_shown_as_less_than_five(client, counted):
    joined(*[at(2027, 1, 2, 10)] * 4)
    home_with_figures(live(PEOPLE, THIS_YEAR), live(THINGS, THIS_YEAR))

    assert [number for number, _note in shown(client)] == ["< 5", "4"]


@pytest.mark.fixed_clock(JAN_5)
def test_a_typed_number_shows_its_source(client, counted):
    home_with_figures(
        {"number": "1.150", "label": "mantelzorgers", "source": "", "source_text": "CBS 2025"},
        {"number": "6", "label": "stadsdelen"},
    )

    assert shown(client) == [("1.150", "Bron: CBS 2025"), ("6", "")]


@pytest.mark.fixed_clock(JAN_5)
def test_an_old_block_without_period_counts_since_the_start(client, counted):
    joined(*[at(2024, 3, 1, 10)] * 3, *[at(2027, 1, 3, 10)] * 3)
    # Saved before the period (and the source text) existed.
    home_with_figures(
        {"number": "2.400", "label": LABEL, "source": PEOPLE},
        {"number": "2.400", "label": LABEL, "source": OLD_KEY},
    )

    assert shown(client) == [
        ("6", "Geteld tot en met 4 januari 2027"),
        ("< 5", "Geteld tot en met 4 januari 2027"),  # the alias: this year only
    ]


@pytest.mark.fixed_clock(JAN_5)
def test_an_unknown_metric_falls_back_to_the_typed_number(client, counted):
    home_with_figures(
        {"number": "2.400", "label": LABEL, "source": "bestaat-niet", "period": THIS_YEAR}
    )

    assert shown(client) == [("2.400", "")]


@pytest.mark.fixed_clock(JAN_5)
def test_an_english_page_shows_the_date_in_english(client, counted):
    joined(*[at(2027, 1, 2, 10)] * 8)
    home = home_with_figures(live(THINGS, THIS_YEAR))
    f.translate(home, "en", title="VMCA Almere")

    ((number, note),) = shown(client, "/en/")
    assert number == "8"
    assert note.endswith("4 January 2027")
    assert shown(client, "/") == [("8", "Geteld tot en met 4 januari 2027")]


# Once a day ------------------------------------------------------------------------------


@pytest.mark.fixed_clock("2027-03-10T09:00:00+01:00")
def test_the_value_holds_for_the_day_and_moves_on_the_next(client, counted):
    joined(*[at(2027, 3, 1, 10)] * 5)
    home_with_figures(live(THINGS, THIS_YEAR))
    assert shown(client) == [("5", "Geteld tot en met 9 maart 2027")]

    # More data during the day (also for days already counted): the page keeps its number.
    joined(at(2027, 3, 9, 12), at(2027, 3, 10, 8))
    with time_machine.travel(at(2027, 3, 10, 23, 50), tick=False):
        assert shown(client) == [("5", "Geteld tot en met 9 maart 2027")]
        assert live_figure(THINGS, THIS_YEAR, dt.date(2027, 3, 10)).text == "5"

    # After midnight in Almere (23:10 UTC) yesterday counts, today's account too.
    with time_machine.travel(at(2027, 3, 10, 23, 10, tz=UTC).astimezone(ALMERE), tick=False):
        assert shown(client) == [("7", "Geteld tot en met 10 maart 2027")]


@pytest.mark.fixed_clock("2027-03-10T00:20:00+01:00")
def test_the_nightly_refresh_fills_the_cache_so_the_page_counts_nothing(client, counted):
    joined(*[at(2026, 5, 1, 10)] * 6, *[at(2027, 2, 1, 10)] * 9)
    home_with_figures(live(PEOPLE, THIS_YEAR), live(PEOPLE, LAST_YEAR))
    out = io.StringIO()

    call_command("refresh_live_figures", stdout=out)

    # Every metric over every period (the alias shares its metric's figures).
    assert len(counted) == 8
    assert "8 live figures of 2 metrics stored for 2027-03-10" in out.getvalue()
    counted.clear()
    with CaptureQueriesContext(connection) as queries:
        figures = shown(client)
    assert figures == [
        ("9", "Geteld tot en met 9 maart 2027"),
        ("6", "Geteld tot en met 31 december 2026"),
    ]
    assert counted == []
    assert not [q for q in queries.captured_queries if "auth_user" in q["sql"]]


@pytest.mark.fixed_clock("2027-03-10T00:20:00+01:00")
def test_a_cache_miss_counts_the_same_as_the_refresh(counted):
    joined(*[at(2027, 2, 1, 10)] * 9)
    today = dt.date(2027, 3, 10)

    on_demand = live_figure(PEOPLE, THIS_YEAR, today)
    call_command("refresh_live_figures", stdout=io.StringIO())

    assert live_figure(PEOPLE, THIS_YEAR, today) == on_demand
    assert on_demand.text == "9"


# The editor's choices ----------------------------------------------------------------------


def test_the_block_offers_the_metrics_and_the_periods(counted):
    block = KeyFigureBlock()

    metrics = dict(block.child_blocks["source"].field.choices)
    periods = dict(block.child_blocks["period"].field.choices)

    assert metrics[""] == "Getal zoals getypt"
    assert metrics[PEOPLE] == "Nieuwe accounts"
    assert OLD_KEY in metrics  # a saved page keeps its choice
    assert list(periods.values()) == [
        "Kies een periode",
        "Dit jaar",
        "Vorig jaar",
        "De afgelopen 12 maanden",
        "Sinds het begin",
    ]


def test_a_live_metric_needs_a_period(counted):
    block = KeyFigureBlock()

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"number": "1", "label": LABEL, "source": PEOPLE}))

    assert error.value.block_errors["period"].messages == [
        "Kies over welke periode het live getal telt."
    ]
    # A typed number and an old key (it brings its period) need none.
    assert block.clean(block.to_python({"number": "1", "label": LABEL, "source": ""}))
    assert block.clean(block.to_python({"number": "1", "label": LABEL, "source": OLD_KEY}))
    cleaned = block.clean(block.to_python(live(PEOPLE, LAST_12_MONTHS)))
    assert cleaned["period"] == LAST_12_MONTHS
