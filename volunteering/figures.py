"""The vacaturebank in figures: vacancies published, reactions received and matches,
per month, per theme and per district, for the figures dashboard (insights.metrics).

Counted in SQL with a fixed number of queries (one per kind of count), the same way on
SQLite and PostgreSQL. Months are calendar months in Almere (Europe/Amsterdam): a
reaction at 00:30 on the 1st counts for that month, not the one before. A match is a
reaction whose person started (rules.is_match), counted by the month it came in.

Figures about people (reactions, matches) are aggregates; show them through
cms.figures.small_group, which turns groups below five into "< 5".
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, CharField, Count, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce

from cms.figures import local_zone, months_between, small_group
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
    reactions = Reaction.all_objects.filter(created__gte=begin, created__lt=finish)
    total = reactions.aggregate(n=Count("pk"), matches=Count("pk", filter=rules.match_q()))
    themes, wijken = group_figures(start, end)
    return VacaturebankFigures(
        start=start,
        end=end,
        months=month_figures(start, end),
        themes=themes,
        wijken=wijken,
        total=Counts(vacancies.count(), total["n"], total["matches"]),
    )


def _empty():
    return Value("", output_field=CharField())


# Months are counted with plain comparisons against the months' ends at midnight in
# Almere: TruncMonth in Almere's zone is worked out in Python for every row on SQLite. The
# themes and wijken count reactions per vacancy once, then add them up per theme and
# district (one GROUP BY instead of joins with DISTINCT).


def _month_index(field, months, end):
    """The position in `months` of the month `field` falls in, as plain comparisons with
    the months' ends at midnight in Almere (rows before `end` only)."""
    ends = [*months[1:], end]
    return Case(
        *(
            When(**{f"{field}__lt": _moment(month_end)}, then=Value(i))
            for i, month_end in enumerate(ends)
        ),
        default=Value(len(months) - 1),
        output_field=IntegerField(),
    )


def month_figures(start, end):
    """figures(start, end).months: counts per calendar month in Almere."""
    begin, finish = _moment(start), _moment(end)
    months = list(months_between(start, end))
    per_month = [[0, 0, 0] for _month in months]
    vacancies = Vacancy.objects.filter(published_at__gte=begin, published_at__lt=finish)
    for row in (
        vacancies.annotate(i=_month_index("published_at", months, end))
        .values("i")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        per_month[row["i"]][0] += row["n"]
    reactions = Reaction.all_objects.filter(created__gte=begin, created__lt=finish)
    for row in (
        reactions.annotate(i=_month_index("created", months, end))
        .values("i")
        .annotate(n=Count("pk"), matches=Count("pk", filter=rules.match_q()))
        .order_by()
    ):
        per_month[row["i"]][1] += row["n"]
        per_month[row["i"]][2] += row["matches"]
    return [
        MonthFigures(month=month, counts=Counts(*values))
        for month, values in zip(months, per_month, strict=True)
    ]


def group_figures(start, end):
    """(figures(start, end).themes, figures(start, end).wijken) in four queries: reactions
    counted per vacancy, then each vacancy's themes and district."""
    begin, finish = _moment(start), _moment(end)
    vacancies = Vacancy.objects.filter(published_at__gte=begin, published_at__lt=finish)
    reactions = Reaction.all_objects.filter(created__gte=begin, created__lt=finish)
    per_vacancy = {
        row["vacancy_id"]: (row["n"], row["matches"])
        for row in reactions.values("vacancy_id")
        .annotate(n=Count("pk"), matches=Count("pk", filter=rules.match_q()))
        .order_by()
    }
    involved = Vacancy.objects.filter(
        Q(pk__in=vacancies.values("pk")) | Q(pk__in=reactions.values("vacancy_id"))
    ).annotate(
        published=Case(
            When(published_at__gte=begin, published_at__lt=finish, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    themes, wijken = {}, {}
    seen = set()
    for pk, published, theme, wijk in involved.values_list(
        "pk",
        "published",
        Coalesce("themes__slug", _empty()),
        Coalesce("wijk__district__slug", "wijk__slug", _empty()),
    ):
        n, matches = per_vacancy.get(pk, (0, 0))
        for found, key in ((themes, theme), (wijken, wijk)):
            if found is wijken and pk in seen:
                continue  # one row per theme; the district once
            counts = found.setdefault(key, [0, 0, 0])
            counts[0] += published
            counts[1] += n
            counts[2] += matches
        seen.add(pk)

    def rows(found, names):
        result = [
            GroupFigures(slug=key, name=names.get(key, ""), counts=Counts(*values))
            for key, values in found.items()
        ]
        return sorted(result, key=lambda row: (row.slug == "", row.name.lower(), row.slug))

    return (
        rows(themes, {t.slug: t.name for t in Theme.objects.all()}),
        rows(wijken, {w.slug: w.name for w in Wijk.objects.filter(district=None)}),
    )
