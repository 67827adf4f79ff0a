"""The vacaturebank's section of the figures dashboard: each figure on known data, the
period's edges in Almere's time, the year before, the "< 5" rule, a fixed number of queries
and the small functions the home page calls."""

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from insights.metrics import vacaturebank
from insights.periods import Period
from tests.volunteering import builders as b
from volunteering.models import ReactionStatus
from volunteering.services.outcomes import set_reaction_status
from volunteering.services.retention import delete_old_data

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")]
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
STARTED, IN_CONTACT, NEW = ReactionStatus.STARTED, ReactionStatus.IN_CONTACT, ReactionStatus.NEW


def at(year, month, day, hour=12, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=ALMERE)


def react(vacancy, created, status=NEW, answered_after=None):
    """A reaction received at `created`; the organisation first answered `answered_after`
    (a timedelta) later, as the organisation does it (services.outcomes). A reaction that
    ends up "gestart" was first "in contact"; it starts a month later, which must not
    count as the time to answer."""
    reaction = b.reaction(vacancy, created=created)
    if answered_after is not None:
        first = IN_CONTACT if status != NEW else status
        set_reaction_status(reaction, first, by=None, now=created + answered_after)
        if status != first:
            later = created + answered_after + dt.timedelta(days=30)
            set_reaction_status(reaction, status, by=None, now=later)
    elif status != NEW:
        set_reaction_status(reaction, status, by=None, now=created)
    return reaction


@pytest.fixture
def world(now):
    """2026 against 2025.

    2026: three vacancies (one at 00:30 on 1 January), six reactions, five of them
    started, answered after 1, 2, 3, 4 and 10 days (median 3) and one still new.
    2025: two vacancies (one at 23:30 on 31 December), one reaction, in contact after
    half a day.
    """
    stad = b.wijk("Almere Stad")
    centrum = b.wijk("Stad Centrum", district=stad)
    haven = b.wijk("Almere Haven")
    care, sport = b.theme("Zorg"), b.theme("Sport")
    organisation = b.organisation(now=now)

    new_year = b.vacancy(
        organisation, now=now, published_at=at(2026, 1, 1, 0, 30), wijk=haven, themes=[care]
    )
    b.vacancy(organisation, now=now, published_at=at(2026, 6, 15), wijk=centrum, themes=[sport])
    b.vacancy(organisation, now=now, published_at=at(2026, 12, 31, 23, 59))
    old_year = b.vacancy(
        organisation, now=now, published_at=at(2025, 12, 31, 23, 30), wijk=haven, themes=[care]
    )
    b.vacancy(organisation, now=now, published_at=at(2025, 3, 3), wijk=centrum)

    react(new_year, at(2026, 1, 1, 0, 30), STARTED, dt.timedelta(days=1))
    for days in (2, 3, 4, 10):
        react(new_year, at(2026, 3, 5), STARTED, dt.timedelta(days=days))
    react(new_year, at(2026, 3, 20))
    react(old_year, at(2025, 12, 31, 23, 59), IN_CONTACT, dt.timedelta(hours=12))
    # After the period: the first night of 2027 counts for 2027.
    react(new_year, at(2027, 1, 1, 0, 30), STARTED, dt.timedelta(days=1))
    return {"care": care, "sport": sport, "stad": stad, "haven": haven}


def build(now, period=None):
    period = period or Period.year(2026)
    return vacaturebank.section(period, period.previous_year(), now)


def test_each_figure_for_the_year_and_the_year_before(world, now):
    section = build(now)

    assert section.key == "vacaturebank"
    assert section.title == "Vacaturebank"
    vacancies = section.figure("new_vacancies")
    assert (vacancies.current, vacancies.previous) == (3, 2)
    assert (vacancies.shown, vacancies.shown_previous) == ("3", "2")  # things: exact
    assert vacancies.change == "+50 %"
    reactions = section.figure("reactions")
    assert (reactions.current, reactions.previous) == (6, 1)
    assert (reactions.shown, reactions.shown_previous) == ("6", "< 5")
    assert reactions.change == ""  # a small group is not compared
    matches = section.figure("matches")
    assert (matches.current, matches.previous) == (5, 0)
    assert (matches.shown, matches.shown_previous) == ("5", "< 5")


def test_response_time_is_the_median_of_the_answered_reactions(world, now):
    figure = build(now).figure("response_days")

    assert figure.current == Decimal(3)
    assert figure.base == 5  # the reaction still "nieuw" is not answered
    assert figure.shown == "3,0"
    # A year earlier: one answered reaction, half a day; too few to show.
    assert figure.previous == Decimal("0.5")
    assert figure.previous_base == 1
    assert figure.shown_previous == "< 5"


def test_no_answered_reactions_means_no_response_time(now):
    figure = build(now).figure("response_days")

    assert (figure.current, figure.base, figure.shown) == (None, 0, "–")


def test_the_edges_of_a_period_are_midnight_in_almere(world, now):
    january = build(now, Period.month(2026, 1))
    # 00:30 on 1 January 2026 is 23:30 on 31 December in UTC: January 2026 all the same.
    assert january.figure("new_vacancies").current == 1
    assert january.figure("reactions").current == 1
    # 23:30 and 23:59 on 31 December 2025 stay in December 2025.
    december = build(now, Period.month(2025, 12))
    assert december.figure("new_vacancies").current == 1
    assert december.figure("reactions").current == 1
    # January 2027 has only the reaction at 00:30 on New Year's night.
    assert build(now, Period.month(2027, 1)).figure("reactions").current == 1


def test_trends_per_month_against_the_same_month_a_year_earlier(world, now):
    section = build(now)

    vacancies = section.trend("vacancies_per_month")
    assert [p.month for p in vacancies.points] == [dt.date(2026, m, 1) for m in range(1, 13)]
    assert [p.current for p in vacancies.points] == [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]
    assert [p.previous for p in vacancies.points] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    reactions = section.trend("reactions_per_month")
    assert [p.current for p in reactions.points][:3] == [1, 0, 5]
    assert reactions.points[11].previous == 1
    matches = section.trend("matches_per_month")
    assert [p.current for p in matches.points][:3] == [1, 0, 4]
    assert sum(p.previous for p in matches.points) == 0
    assert (vacancies.unit, reactions.unit, matches.unit) == ("count", "people", "people")


def rows(breakdown):
    return [(row.label, row.current, row.previous) for row in breakdown.rows]


def test_breakdowns_per_theme_and_wijk(world, now):
    section = build(now)

    assert rows(section.breakdown("vacancies_per_theme")) == [
        ("Sport", 1, 0),
        ("Zorg", 1, 1),
        ("Geen thema", 1, 1),
    ]
    assert rows(section.breakdown("reactions_per_theme")) == [
        ("Sport", 0, 0),
        ("Zorg", 6, 1),
        ("Geen thema", 0, 0),
    ]
    # A neighbourhood counts for its district.
    assert rows(section.breakdown("vacancies_per_wijk")) == [
        ("Almere Haven", 1, 1),
        ("Almere Stad", 1, 1),
        ("Geen wijk", 1, 0),
    ]
    matches = section.breakdown("matches_per_wijk")
    assert rows(matches)[0] == ("Almere Haven", 5, 0)
    assert [row.shown("people") for row in matches.rows][:1] == ["5"]
    reactions = section.breakdown("reactions_per_wijk")
    assert reactions.rows[0].shown_previous("people") == "< 5"
    assert (reactions.unit, reactions.dimension) == ("people", "Wijk")
    assert section.breakdown("vacancies_per_theme").unit == "count"


def test_the_small_functions_agree_with_the_section(world, now):
    for period in (Period.year(2026), Period.year(2025), Period.month(2026, 3)):
        section = build(now, period)
        assert vacaturebank.new_vacancies(period) == section.figure("new_vacancies").current
        assert vacaturebank.reactions(period) == section.figure("reactions").current
        assert vacaturebank.matches(period) == section.figure("matches").current
    assert vacaturebank.matches(Period.month(2026, 3)) == 4


def test_the_number_of_queries_does_not_grow_with_the_rows(world, now):
    with CaptureQueriesContext(connection) as few:
        build(now)

    organisation = b.organisation(now=now)
    extra_theme, extra_wijk = b.theme("Natuur"), b.wijk("Almere Poort")
    for month in range(1, 13):
        vacancy = b.vacancy(
            organisation,
            now=now,
            published_at=at(2026, month, 2),
            wijk=extra_wijk,
            themes=[extra_theme],
        )
        for day in (3, 4, 5):
            react(vacancy, at(2026, month, day), STARTED, dt.timedelta(days=day))
            react(vacancy, at(2025, month, day), IN_CONTACT, dt.timedelta(days=1))

    with CaptureQueriesContext(connection) as many:
        section = build(now)

    assert section.figure("reactions").current == 6 + 36
    assert len(many.captured_queries) == len(few.captured_queries)


def test_reactions_past_the_retention_time_still_count(world, now, settings):
    """Retention wipes the person from a reaction; the figures of that year stay whole."""
    settings.VOLUNTEERING_RETENTION_MONTHS = 1
    before = build(now)

    assert delete_old_data(now)["reactions"] > 0
    after = build(now)

    for key in ("reactions", "matches", "response_days"):
        assert after.figure(key) == before.figure(key), key
