"""The vacaturebank in figures: vacancies published, reactions received and matches,
per month, per theme and per district, for the figures dashboard and the home page.

Counted in SQL with a fixed number of queries (one per kind of count), the same way on
SQLite and PostgreSQL. Months are calendar months in Almere (Europe/Amsterdam): a
reaction at 00:30 on the 1st counts for that month, not the one before. A match is a
reaction whose person started (rules.is_match), counted by the month it came in.

Figures about people (reactions, matches) are aggregates; show them through
cms.figures.small_group, which turns groups below five into "< 5".
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import CharField, Count, Value
from django.db.models.functions import Coalesce, TruncMonth

from cms.figures import local_zone, month_of, months_between, small_group
from cms.models import Theme, Wijk

from . import rules
from .models import Reaction, Vacancy

ALMERE = local_zone()


@dataclass(frozen=True)
class Counts:
    vacancies: int = 0
    reactions: int = 0
    matches: int = 0

    def shown(self):
        """As the public may see them: people's counts below five as "< 5"."""
        return {
            "vacancies": self.vacancies,
            "reactions": small_group(self.reactions),
            "matches": small_group(self.matches),
        }


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    counts: Counts


@dataclass(frozen=True)
class GroupFigures:
    """A theme or a district; slug and name are "" for "no theme" / "no wijk"."""

    slug: str
    name: str
    counts: Counts


@dataclass(frozen=True)
class VacaturebankFigures:
    start: dt.date  # first month, inclusive
    end: dt.date  # first month after the range
    months: list
    themes: list
    wijken: list
    total: Counts


def year_range(year):
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def _moment(day):
    return dt.datetime.combine(day, dt.time.min, tzinfo=ALMERE)


def figures(start, end):
    """Counts for the months from `start` up to (not including) `end` (dates)."""
    begin, finish = _moment(start), _moment(end)
    vacancies = Vacancy.objects.filter(published_at__gte=begin, published_at__lt=finish)
    reactions = Reaction.objects.filter(created__gte=begin, created__lt=finish)
    match = rules.match_q()

    per_month = {month: [0, 0, 0] for month in months_between(start, end)}
    for row in (
        vacancies.annotate(month=TruncMonth("published_at", tzinfo=ALMERE))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        per_month.setdefault(month_of(row["month"]), [0, 0, 0])[0] += row["n"]
    for row in (
        reactions.annotate(month=TruncMonth("created", tzinfo=ALMERE))
        .values("month")
        .annotate(n=Count("pk"), matches=Count("pk", filter=match))
        .order_by()
    ):
        counts = per_month.setdefault(month_of(row["month"]), [0, 0, 0])
        counts[1] += row["n"]
        counts[2] += row["matches"]

    themes = _groups(
        vacancies.values(key=Coalesce("themes__slug", _empty())),
        reactions.values(key=Coalesce("vacancy__themes__slug", _empty())),
        match,
        {t.slug: t.name for t in Theme.objects.all()},
    )
    # A neighbourhood counts for its district.
    wijken = _groups(
        vacancies.values(key=Coalesce("wijk__district__slug", "wijk__slug", _empty())),
        reactions.values(
            key=Coalesce("vacancy__wijk__district__slug", "vacancy__wijk__slug", _empty())
        ),
        match,
        {w.slug: w.name for w in Wijk.objects.filter(district=None)},
    )
    total = reactions.aggregate(n=Count("pk"), matches=Count("pk", filter=match))
    return VacaturebankFigures(
        start=start,
        end=end,
        months=[
            MonthFigures(month=month, counts=Counts(*values))
            for month, values in sorted(per_month.items())
        ],
        themes=themes,
        wijken=wijken,
        total=Counts(vacancies.count(), total["n"], total["matches"]),
    )


def _empty():
    return Value("", output_field=CharField())


def _groups(vacancy_rows, reaction_rows, match, names):
    """One query for vacancies and one for reactions, grouped by `key`. A vacancy with
    two themes counts for both, so the themes add up to more than the total."""
    found = {}
    for row in vacancy_rows.annotate(n=Count("pk", distinct=True)).order_by():
        found.setdefault(row["key"], [0, 0, 0])[0] += row["n"]
    for row in reaction_rows.annotate(
        n=Count("pk", distinct=True), matches=Count("pk", filter=match, distinct=True)
    ).order_by():
        counts = found.setdefault(row["key"], [0, 0, 0])
        counts[1] += row["n"]
        counts[2] += row["matches"]
    rows = [
        GroupFigures(slug=key, name=names.get(key, ""), counts=Counts(*values))
        for key, values in found.items()
    ]
    # Named groups by name, then "no theme / no wijk" last.
    return sorted(rows, key=lambda row: (row.slug == "", row.name.lower(), row.slug))


def total_matches(now):
    """Everyone who started through the vacaturebank up to `now` (the home page figure)."""
    return Reaction.objects.filter(rules.match_q(), created__lte=now).count()
