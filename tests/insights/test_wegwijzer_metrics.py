"""The wegwijzer's section of the figures dashboard: paths walked (per month, need and
district) from the anonymous counts, and the "Bel mij" requests and their follow-up; the
period's edges in Almere's time, the year before, the "< 5" rule, the retention of the
requests, a fixed number of queries and the live figure's function."""

import datetime as dt
import itertools
import zoneinfo
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide import callbacks, counts
from guide.models import CallbackStatus
from insights.metrics import wegwijzer
from insights.periods import Period
from tests import factories as f

# The wegwijzer the guide's own count tests walk.
from tests.guide.test_counts import walk
from tests.guide.test_counts import wegwijzer as wegwijzer_page

pytestmark = pytest.mark.django_db
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
# A walk that answers every question: an ouder, a break and contact with others, in
# Haven, a heavy balance check.
FULL_WALK = "voor-wie=ouder&hulp=vrij&hulp=praten&wijk=haven&balans.1=ja&balans.2=beetje"
# Without a district: counted under "Geen wijk"; the need "informatie" only.
ELSEWHERE_WALK = "voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee"
_phones = itertools.count(10000000)


# The wegwijzer of tests/guide/test_counts.py: a choice, a multiple choice, the wijk and a
# balance check.


def at(year, month, day, hour=12, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=ALMERE)


@pytest.fixture
def page():
    f.wijk("Almere Haven", slug="haven")
    f.wijk("Almere Stad", slug="stad")
    f.theme("Even vrij", slug="respijt")
    f.theme("Lotgenoten", slug="lotgenoten")
    f.theme("Informatie", slug="informatie")
    return wegwijzer_page()


def walked(page, moment, query=FULL_WALK, times=1):
    for _ in range(times):
        counts.record_walk(page, walk(page, query), now=moment)


def ask(page, moment, status=None, handled_after=None):
    """A "Bel mij" request at `moment`; staff set `status` `handled_after` later."""
    request, created = callbacks.request_callback(
        page,
        {"name": "Kees", "phone": f"06{next(_phones)}"},
        now=moment,
        language="nl",
    )
    assert created
    if status is not None:
        callbacks.mark_callback(request, status, "", None, moment + handled_after)
    return request


def build(period, now):
    return wegwijzer.section(period, period.previous_year(), now)


# Paths walked --------------------------------------------------------------------------


@pytest.fixture
def walks(page):
    """2026: one walk at 00:30 on 1 January, six in March (Haven), one in December without
    a district. 2025: two at 23:30 on 31 December (Haven)."""
    walked(page, at(2026, 1, 1, 0, 30))
    walked(page, at(2026, 3, 10), times=6)
    walked(page, at(2026, 12, 31, 23, 59), ELSEWHERE_WALK)
    walked(page, at(2025, 12, 31, 23, 30), times=2)
    return page


@pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")
def test_paths_walked_for_the_year_and_the_year_before(walks, now):
    section = build(Period.year(2026), now)

    assert (section.key, section.title) == ("wegwijzer", "Wegwijzer")
    paths = section.figure("paths_walked")
    assert (paths.current, paths.previous) == (8, 2)
    assert (paths.shown, paths.shown_previous) == ("8", "< 5")
    assert paths.change == ""  # not compared with a small group


@pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")
def test_the_edges_are_midnight_in_almere(walks, now):
    # 00:30 on 1 January 2026 is still 2025 in UTC: it counts for January 2026.
    assert wegwijzer.paths_walked(Period.month(2026, 1)) == 1
    # 23:30 on 31 December 2025 is 22:30 UTC: December 2025.
    assert wegwijzer.paths_walked(Period.month(2025, 12)) == 2
    # Counts are per month: a custom period counts the whole months it touches.
    assert wegwijzer.paths_walked(Period.days(dt.date(2026, 3, 20), dt.date(2026, 3, 25))) == 6


@pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")
def test_trend_and_breakdowns_of_the_walks(walks, now):
    section = build(Period.year(2026), now)

    trend = section.trend("paths_per_month")
    assert [p.month for p in trend.points] == [dt.date(2026, m, 1) for m in range(1, 13)]
    assert [p.current for p in trend.points] == [1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert [p.previous for p in trend.points] == [0] * 11 + [2]
    assert trend.unit == "people"

    needs = section.breakdown("needs")
    assert [(r.key, r.label, r.current, r.previous) for r in needs.rows] == [
        ("informatie", "Informatie", 8, 2),
        ("respijt", "Even vrij", 7, 2),
        ("lotgenoten", "Lotgenoten", 7, 2),
    ]
    assert [r.shown_previous("people") for r in needs.rows] == ["< 5"] * 3

    districts = section.breakdown("paths_per_district")
    assert [(r.key, r.current, r.previous) for r in districts.rows] == [
        ("haven", 7, 2),
        ("stad", 0, 0),
        ("", 1, 0),
    ]
    assert [r.label for r in districts.rows][:2] == ["Almere Haven", "Almere Stad"]
    assert districts.rows[2].shown("people") == "< 5"


@pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")
def test_paths_walked_agrees_with_the_section_and_the_live_figure(walks, now):
    for period in (Period.year(2026), Period.year(2025), Period.quarter(2026, 1)):
        assert wegwijzer.paths_walked(period) == build(period, now).figure("paths_walked").current
    assert wegwijzer.paths_walked(Period.year(2027)) == 0


# "Bel mij" ----------------------------------------------------------------------------


@pytest.fixture
def requests(page):
    """January 2027: seven requests (one at 00:30 on New Year's night), five followed up
    after half a day, 1, 2, 3 and 4 days (median 2), two still new. One on the last
    evening of 2026, followed up."""
    ask(page, at(2027, 1, 1, 0, 30), CallbackStatus.CALLED, dt.timedelta(hours=12))
    ask(page, at(2027, 1, 5), CallbackStatus.CALLED, dt.timedelta(days=1))
    ask(page, at(2027, 1, 6), CallbackStatus.CALLED, dt.timedelta(days=2))
    ask(page, at(2027, 1, 7), CallbackStatus.NOT_REACHED, dt.timedelta(days=3))
    ask(page, at(2027, 1, 8), CallbackStatus.CLOSED, dt.timedelta(days=4))
    ask(page, at(2027, 1, 20))
    ask(page, at(2027, 1, 31, 23, 59))
    ask(page, at(2026, 12, 31, 23, 30), CallbackStatus.CALLED, dt.timedelta(hours=1))
    return page


@pytest.mark.fixed_clock("2027-02-15T12:00:00+01:00")
def test_callback_figures_for_a_month(requests, now):
    section = build(Period.month(2027, 1), now)

    asked = section.figure("callback_requests")
    assert (asked.current, asked.shown) == (7, "7")
    followed = section.figure("callbacks_followed_up")
    assert (followed.current, followed.shown) == (5, "5")
    rate = section.figure("callback_follow_up_rate")
    assert rate.current == Decimal(500) / Decimal(7)
    assert (rate.base, rate.shown) == (7, "71 %")
    days = section.figure("callback_follow_up_days")
    assert (days.current, days.base, days.shown) == (Decimal(2), 5, "2,0")
    statuses = section.breakdown("callbacks_per_status")
    assert [(r.key, r.current) for r in statuses.rows] == [
        ("nieuw", 2),
        ("gebeld", 3),
        ("niet-bereikt", 1),
        ("afgerond", 1),
    ]
    assert statuses.rows[2].shown("people") == "< 5"


@pytest.mark.fixed_clock("2027-02-15T12:00:00+01:00")
def test_callbacks_edges_and_small_groups(requests, now):
    december = build(Period.month(2026, 12), now)

    # Only the request at 23:30 on 31 December; the one at 00:30 on 1 January is January's.
    assert december.figure("callback_requests").current == 1
    assert december.figure("callback_requests").shown == "< 5"
    assert december.figure("callback_follow_up_rate").shown == "< 5"
    assert december.figure("callback_follow_up_days").shown == "< 5"


@pytest.mark.fixed_clock("2027-02-15T12:00:00+01:00")
def test_the_time_to_follow_up_is_the_first_time_staff_picked_it_up(page, now):
    asked = at(2027, 1, 5)
    request = ask(page, asked, CallbackStatus.NOT_REACHED, dt.timedelta(days=1))
    # Tried again a week later, then closed: still picked up after one day.
    callbacks.mark_callback(request, CallbackStatus.CALLED, "", None, asked + dt.timedelta(days=8))
    callbacks.mark_callback(request, CallbackStatus.CLOSED, "", None, asked + dt.timedelta(days=9))

    found = wegwijzer.callback_figures(Period.month(2027, 1))
    assert (found["requests"], found["followed_up"], found["wait"]) == (1, 1, Decimal(1))


@pytest.mark.fixed_clock("2027-02-15T12:00:00+01:00")
def test_requests_past_the_retention_time_still_count(requests, now, settings):
    """Retention wipes the person from a request; the figures of that month stay whole."""
    settings.GUIDE_CALLBACK_RETENTION_DAYS = 30
    before = build(Period.month(2027, 1), now)

    assert callbacks.delete_old_callback_requests(now) > 0
    after = build(Period.month(2027, 1), now)

    assert after.figures == before.figures
    assert after.breakdown("callbacks_per_status") == before.breakdown("callbacks_per_status")


@pytest.mark.fixed_clock("2027-02-15T12:00:00+01:00")
def test_the_number_of_queries_does_not_grow_with_the_rows(page, now):
    period = Period.month(now.year, now.month)
    walked(page, now - dt.timedelta(minutes=5))
    ask(page, now - dt.timedelta(minutes=10))
    with CaptureQueriesContext(connection) as few:
        build(period, now)

    walked(page, now - dt.timedelta(minutes=5), times=2)
    walked(page, now - dt.timedelta(minutes=5), ELSEWHERE_WALK, times=2)
    for minutes in range(1, 7):
        ask(page, now - dt.timedelta(minutes=minutes), CallbackStatus.CALLED, dt.timedelta(0))

    with CaptureQueriesContext(connection) as many:
        section = build(period, now)

    assert section.figure("paths_walked").current == 5
    assert section.figure("callback_requests").current == 7
    assert len(many.captured_queries) == len(few.captured_queries)
