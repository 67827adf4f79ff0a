"""The vacaturebank's section of the figures dashboard.

What is counted (every date and time in Almere, `Period.bounds()`):

- new vacancies: vacancies VMCA approved (`published_at`) in the period;
- reactions: reactions received (`created`) in the period;
- matches: reactions received in the period whose person started ("gestart",
  `volunteering.rules.match_q`), counted by the month the reaction came in, as
  `volunteering.figures` does;
- response time: for the reactions received in the period that the organisation answered,
  the median number of days from the reaction to the organisation's first answer
  (`Reaction.answered_at`: the first change away from "nieuw", services.outcomes). The
  base ("< 5" rule) is the number of answered reactions. Reactions from before
  answered_at existed carry their last status change instead (migration 0008).

Reactions past the retention time have lost their person but still count
(`Reaction.all_objects`; services.retention), so earlier years stay whole.

Trends and breakdowns per theme and wijk come from `volunteering.figures` (`month_figures`
and `group_figures`: the same counts as its `figures()`, quicker for a year of reactions; a
vacancy with two themes counts for both, a neighbourhood for its district). A fixed number
of queries, whatever the number of rows (about 25 ms for a year of 5,000 reactions on
SQLite).

`new_vacancies`, `reactions` and `matches` are also what the home page's live figures call.
"""

from django.utils.translation import gettext as _

from volunteering import figures as vacaturebank_figures
from volunteering import rules
from volunteering.models import Reaction, Vacancy

from ..measures import median_days
from ..sections import (
    COUNT,
    DAYS,
    PEOPLE,
    SECTION_TITLES,
    Breakdown,
    Figure,
    Point,
    Row,
    Section,
    Trend,
)

KEY = "vacaturebank"


# The small functions (also the home page's live figures) ------------------------------


def _vacancies(period):
    start, end = period.bounds()
    return Vacancy.objects.filter(published_at__gte=start, published_at__lt=end)


def _reactions(period):
    start, end = period.bounds()
    return Reaction.all_objects.filter(created__gte=start, created__lt=end)


def new_vacancies(period):
    """Vacancies VMCA approved in the period."""
    return _vacancies(period).count()


def reactions(period):
    """Reactions received in the period."""
    return _reactions(period).count()


def matches(period):
    """Reactions received in the period whose person started."""
    return _reactions(period).filter(rules.match_q()).count()


def response_time(period):
    """(median days to the organisation's first answer, number of answered reactions) for
    the reactions received in the period; (None, 0) when none was answered. One query."""
    return median_days(_reactions(period), "created", "answered_at")


# The section ---------------------------------------------------------------------------


def section(period, previous, now):
    # `now` is not needed: nothing here lies ahead (a reaction or a vacancy is counted
    # once it is there).
    current_wait, current_base = response_time(period)
    previous_wait, previous_base = response_time(previous)
    figures = [
        Figure(
            key="new_vacancies",
            label=_("Nieuwe vacatures"),
            unit=COUNT,
            current=new_vacancies(period),
            previous=new_vacancies(previous),
            help=_("Vacatures die VMCA in deze periode heeft goedgekeurd."),
        ),
        Figure(
            key="reactions",
            label=_("Reacties op vacatures"),
            unit=PEOPLE,
            current=reactions(period),
            previous=reactions(previous),
            help=_("Reacties die in deze periode binnenkwamen."),
        ),
        Figure(
            key="matches",
            label=_("Matches (gestart)"),
            unit=PEOPLE,
            current=matches(period),
            previous=matches(previous),
            help=_(
                "Reacties uit deze periode waarbij de vrijwilliger is begonnen. "
                "Zo meldt de organisatie het."
            ),
        ),
        Figure(
            key="response_days",
            label=_("Reactietijd van organisaties (mediaan)"),
            unit=DAYS,
            current=current_wait,
            previous=previous_wait,
            base=current_base,
            previous_base=previous_base,
            help=_(
                "Dagen tussen een reactie en het antwoord van de organisatie. We tellen "
                "de laatste keer dat de organisatie de status veranderde. Alleen "
                "beantwoorde reacties uit deze periode tellen mee."
            ),
        ),
    ]
    return Section(
        key=KEY,
        title=str(SECTION_TITLES[KEY]),
        figures=figures,
        trends=_trends(
            period,
            vacaturebank_figures.month_figures(period.start, period.end),
            vacaturebank_figures.month_figures(previous.start, previous.end),
        ),
        breakdowns=_breakdowns(
            vacaturebank_figures.group_figures(period.start, period.end),
            vacaturebank_figures.group_figures(previous.start, previous.end),
        ),
    )


COUNTS = (
    # (field of volunteering.figures.Counts, unit, trend title)
    ("vacancies", COUNT),
    ("reactions", PEOPLE),
    ("matches", PEOPLE),
)


def _trend_titles():
    return {
        "vacancies": _("Nieuwe vacatures per maand"),
        "reactions": _("Reacties per maand"),
        "matches": _("Matches per maand"),
    }


def _trends(period, this, before):
    current = {m.month: m.counts for m in this}
    earlier = {m.month: m.counts for m in before}
    titles = _trend_titles()
    trends = []
    for name, unit in COUNTS:
        points = []
        for month in period.months():
            last_year = earlier.get(month.replace(year=month.year - 1))
            points.append(
                Point(
                    month=month,
                    current=getattr(current[month], name) if month in current else 0,
                    previous=getattr(last_year, name) if last_year is not None else 0,
                )
            )
        trends.append(Trend(key=f"{name}_per_month", title=titles[name], unit=unit, points=points))
    return trends


def _breakdowns(this, before):
    titles = {
        ("vacancies", "theme"): _("Nieuwe vacatures per thema"),
        ("reactions", "theme"): _("Reacties per thema"),
        ("matches", "theme"): _("Matches per thema"),
        ("vacancies", "wijk"): _("Nieuwe vacatures per wijk"),
        ("reactions", "wijk"): _("Reacties per wijk"),
        ("matches", "wijk"): _("Matches per wijk"),
    }
    dimensions = (
        ("theme", _("Thema"), _("Geen thema"), this[0], before[0]),
        ("wijk", _("Wijk"), _("Geen wijk"), this[1], before[1]),
    )
    breakdowns = []
    for dimension, heading, nothing, current, earlier in dimensions:
        for name, unit in COUNTS:
            breakdowns.append(
                Breakdown(
                    key=f"{name}_per_{dimension}",
                    title=titles[(name, dimension)],
                    dimension=heading,
                    unit=unit,
                    rows=_rows(current, earlier, name, nothing),
                )
            )
    return breakdowns


def _rows(current, earlier, name, nothing):
    """One row per group in either period: named groups in the order figures() gives
    (by name), then groups only a year earlier, then "none" last."""
    now_by_slug = {group.slug: group for group in current}
    then_by_slug = {group.slug: group for group in earlier}
    slugs = [group.slug for group in current if group.slug]
    slugs += [group.slug for group in earlier if group.slug and group.slug not in now_by_slug]
    rows = []
    for slug in [*slugs, ""]:
        this, that = now_by_slug.get(slug), then_by_slug.get(slug)
        if slug == "" and this is None and that is None:
            continue
        label = (this or that).name or slug if slug else nothing
        rows.append(
            Row(
                key=slug,
                label=label,
                current=getattr(this.counts, name) if this else 0,
                previous=getattr(that.counts, name) if that else 0,
            )
        )
    return rows
