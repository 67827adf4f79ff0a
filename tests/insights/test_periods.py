"""The period every figure counts over, and the same period a year earlier."""

import datetime as dt
import zoneinfo

import pytest

from insights.periods import CUSTOM, MONTH, QUARTER, YEAR, Period

ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")


def test_a_year_runs_from_midnight_on_1_january_in_almere():
    period = Period.year(2026)
    assert (period.start, period.end, period.kind) == (
        dt.date(2026, 1, 1),
        dt.date(2027, 1, 1),
        YEAR,
    )
    start, end = period.bounds()
    assert start == dt.datetime(2026, 1, 1, tzinfo=ALMERE)
    assert end == dt.datetime(2027, 1, 1, tzinfo=ALMERE)
    # 23:30 UTC on 31 December is already the new year in Almere.
    assert end == dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC)
    assert period.label == "2026"
    assert period.slug == "2026"


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, dt.date(2026, 1, 1), dt.date(2026, 4, 1)),
        (2, dt.date(2026, 4, 1), dt.date(2026, 7, 1)),
        (4, dt.date(2026, 10, 1), dt.date(2027, 1, 1)),
    ],
)
def test_quarters(quarter, start, end):
    period = Period.quarter(2026, quarter)
    assert (period.start, period.end, period.kind) == (start, end, QUARTER)
    assert period.label == f"{quarter}e kwartaal 2026"
    assert period.slug == f"2026-q{quarter}"


def test_a_month_and_its_months():
    period = Period.month(2026, 12)
    assert (period.start, period.end, period.kind) == (
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
        MONTH,
    )
    assert period.months() == [dt.date(2026, 12, 1)]
    assert period.label == "december 2026"
    assert Period.year(2026).months()[0] == dt.date(2026, 1, 1)
    assert len(Period.year(2026).months()) == 12


def test_custom_days_include_the_last_day():
    period = Period.days(dt.date(2026, 3, 15), dt.date(2026, 4, 2))
    assert (period.end, period.kind, period.last_day) == (
        dt.date(2026, 4, 3),
        CUSTOM,
        dt.date(2026, 4, 2),
    )
    assert period.contains(dt.date(2026, 4, 2)) and not period.contains(dt.date(2026, 4, 3))
    assert period.months() == [dt.date(2026, 3, 1), dt.date(2026, 4, 1)]
    assert period.label == "15 maart 2026 t/m 2 april 2026"
    assert period.slug == "2026-03-15_2026-04-02"


def test_the_comparison_is_the_same_period_a_year_earlier():
    assert Period.year(2026).previous_year() == Period.year(2025)
    assert Period.quarter(2026, 4).previous_year() == Period.quarter(2025, 4)
    assert Period.month(2026, 3).previous_year() == Period.month(2025, 3)
    leap = Period.days(dt.date(2028, 2, 29), dt.date(2028, 3, 5)).previous_year()
    assert (leap.start, leap.last_day) == (dt.date(2027, 2, 28), dt.date(2027, 3, 5))


def test_a_period_must_end_after_it_starts():
    with pytest.raises(ValueError):
        Period(dt.date(2026, 2, 1), dt.date(2026, 2, 1))
