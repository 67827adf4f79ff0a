"""The vacaturebank in figures: per month, theme and district, in Almere's time zone."""

import datetime as dt
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.figures import small_group
from tests.volunteering import builders as b
from volunteering.figures import figures, year_range
from volunteering.models import ReactionStatus

pytestmark = pytest.mark.django_db
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")


def at(year, month, day, hour, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=ALMERE)


@pytest.fixture
def year(now):
    # A whole past year: the figures do not depend on today.
    return now.year - 1


def month_counts(result, month):
    row = next(row for row in result.months if row.month.month == month)
    c = row.counts
    return c.vacancies, c.reactions, c.matches


def test_counts_per_month_by_the_month_in_almere(now, year):
    organisation = b.organisation(now=now)
    january = b.vacancy(organisation, now=now, published_at=at(year, 1, 10, 12))
    march = b.vacancy(organisation, now=now, published_at=at(year, 3, 2, 9))
    b.vacancy(organisation, now=now, published_at=at(year, 3, 31, 23, 30))  # still March
    # 23:30 on 31 January in Almere: January (in UTC it is 22:30, same day).
    b.reaction(january, created=at(year, 1, 31, 23, 30))
    # 00:30 on 1 March in Almere is still February in UTC: it counts for March.
    b.reaction(january, created=at(year, 3, 1, 0, 30), status=ReactionStatus.STARTED)
    b.reaction(march, created=at(year, 3, 15, 10), status=ReactionStatus.NO_MATCH)
    b.reaction(march, created=at(year, 6, 10, 10), status=ReactionStatus.STARTED)
    b.reaction(march, created=at(year, 7, 1, 10), status=ReactionStatus.IN_CONTACT)
    # Outside the year: the last evening of the year before, the first night after.
    b.reaction(january, created=at(year - 1, 12, 31, 23, 30), status=ReactionStatus.STARTED)
    b.reaction(january, created=at(year + 1, 1, 1, 0, 30), status=ReactionStatus.STARTED)

    result = figures(*year_range(year))

    assert [row.month for row in result.months] == [dt.date(year, m, 1) for m in range(1, 13)]
    assert month_counts(result, 1) == (1, 1, 0)
    assert month_counts(result, 2) == (0, 0, 0)
    assert month_counts(result, 3) == (2, 2, 1)
    assert month_counts(result, 6) == (0, 1, 1)
    assert month_counts(result, 7) == (0, 1, 0)
    assert (result.total.vacancies, result.total.reactions, result.total.matches) == (3, 5, 2)


def test_a_neighbourhood_counts_for_its_district_and_themes_overlap(now, year):
    stad = b.wijk("Almere Stad")
    muziekwijk = b.wijk("Muziekwijk", district=stad)
    haven = b.wijk("Almere Haven")
    care, neighbours = b.theme("Zorg"), b.theme("Buurt")
    organisation = b.organisation(now=now)
    published = at(year, 5, 1, 10)
    in_neighbourhood = b.vacancy(
        organisation, now=now, wijk=muziekwijk, themes=[care, neighbours], published_at=published
    )
    in_district = b.vacancy(organisation, now=now, wijk=stad, themes=[care], published_at=published)
    b.vacancy(organisation, now=now, wijk=haven, published_at=published)
    remote = b.vacancy(organisation, now=now, remote=True, published_at=published)
    for vacancy in (in_neighbourhood, in_district):
        b.reaction(vacancy, created=at(year, 5, 3, 10), status=ReactionStatus.STARTED)
    b.reaction(remote, created=at(year, 5, 4, 10))

    result = figures(*year_range(year))

    wijken = {row.slug: (row.name, row.counts) for row in result.wijken}
    assert set(wijken) == {"almere-stad", "almere-haven", ""}, "neighbourhoods roll up"
    assert wijken["almere-stad"][0] == "Almere Stad"
    assert (wijken["almere-stad"][1].vacancies, wijken["almere-stad"][1].matches) == (2, 2)
    assert wijken["almere-haven"][1].vacancies == 1
    assert (wijken[""][1].vacancies, wijken[""][1].reactions) == (1, 1)
    assert result.wijken[-1].slug == "", "no wijk comes last"
    themes = {row.slug: row.counts for row in result.themes}
    assert (themes["zorg"].vacancies, themes["zorg"].matches) == (2, 2)
    assert (themes["buurt"].vacancies, themes["buurt"].matches) == (1, 1)
    assert themes[""].vacancies == 2  # the two without a theme
    assert result.total.vacancies == 4


def test_a_fixed_number_of_queries(now, year):
    organisation = b.organisation(now=now)

    def measure():
        with CaptureQueriesContext(connection) as queries:
            figures(*year_range(year))
        return len(queries)

    b.vacancy(organisation, now=now, published_at=at(year, 2, 1, 10))
    few = measure()
    for month in range(1, 13):
        wijk = b.wijk(f"Wijk {month}")
        vacancy = b.vacancy(
            organisation,
            now=now,
            wijk=wijk,
            themes=[b.theme(f"Thema {month}")],
            published_at=at(year, month, 2, 10),
        )
        b.reaction(vacancy, created=at(year, month, 5, 10), status=ReactionStatus.STARTED)

    assert measure() == few


def test_people_in_groups_below_five_are_shown_as_less_than_five(now, year):
    organisation = b.organisation(now=now)
    vacancy = b.vacancy(organisation, now=now, published_at=at(year, 4, 1, 10))
    for _ in range(4):
        b.reaction(vacancy, created=at(year, 4, 2, 10), status=ReactionStatus.STARTED)
    b.reaction(vacancy, created=at(year, 4, 3, 10))

    april = figures(*year_range(year)).months[3].counts

    with translation.override("nl"):
        assert april.shown() == {"vacancies": 1, "reactions": "5", "matches": "< 5"}
        assert [small_group(n) for n in (0, 1, 4, 5, 1234)] == ["< 5"] * 3 + ["5", "1.234"]
