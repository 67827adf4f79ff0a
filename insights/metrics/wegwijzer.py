"""The wegwijzer's section of the figures dashboard.

Walks come from the anonymous counts (`guide.counts`, `AnswerCount`): paths walked to the
result, the needs (themes) the results showed and the district the walker chose. Those
counts are kept per calendar month in Almere, nothing finer: a custom period counts the
whole months it touches (a period of 10 to 20 March counts all of March).

"Bel mij" requests come from `CallbackRequest`, by the moment they were asked (in
Almere). Followed up: staff gave the request another status than "nieuw"
(guide.callbacks.mark_callback). The time to follow-up runs from the request to
`first_handled_at`, the first time staff did so. After GUIDE_CALLBACK_RETENTION_DAYS the
person is wiped from a request and the rest stays (`CallbackRequest.all_objects`), so
earlier years still count.

A fixed number of queries, whatever the number of rows.
"""

from decimal import Decimal

from django.db.models import Count
from django.utils.translation import gettext as _

from guide import counts
from guide.models import CallbackRequest, CallbackStatus

from ..measures import median_days
from ..sections import (
    DAYS,
    PEOPLE,
    PERCENT,
    SECTION_TITLES,
    Breakdown,
    Figure,
    Point,
    Row,
    Section,
    Trend,
)

KEY = "wegwijzer"


def paths_walked(period):
    """Paths walked to the result in the months of the period (also a live figure)."""
    return counts.walks_total(period.start, period.end)


# "Bel mij" ------------------------------------------------------------------------------


def callback_figures(period):
    """{"requests", "followed_up", "wait", "wait_base", "statuses"} for the requests asked
    in the period. Two queries."""
    start, end = period.bounds()
    asked = CallbackRequest.all_objects.filter(created_at__gte=start, created_at__lt=end)
    statuses = {
        row["status"]: row["n"] for row in asked.values("status").annotate(n=Count("pk")).order_by()
    }
    wait, wait_base = median_days(asked, "created_at", "first_handled_at")
    requests = sum(statuses.values())
    return {
        "requests": requests,
        "followed_up": requests - statuses.get(CallbackStatus.NEW, 0),
        "wait": wait,
        "wait_base": wait_base,
        "statuses": statuses,
    }


def _rate(found):
    if not found["requests"]:
        return None
    return Decimal(found["followed_up"]) * 100 / Decimal(found["requests"])


# The section ---------------------------------------------------------------------------


def section(period, previous, now):
    # `now` is not needed: a walk or a request is counted once it is there.
    this = callback_figures(period)
    before = callback_figures(previous)
    figures = [
        Figure(
            key="paths_walked",
            label=_("Wegwijzers doorlopen"),
            unit=PEOPLE,
            current=paths_walked(period),
            previous=paths_walked(previous),
            help=_(
                "Hoe vaak iemand een wegwijzer tot het einde doorliep. We tellen per "
                "maand: bij een eigen periode tellen hele maanden mee."
            ),
        ),
        Figure(
            key="callback_requests",
            label=_("Bel-mij-verzoeken"),
            unit=PEOPLE,
            current=this["requests"],
            previous=before["requests"],
            help=_("Verzoeken om teruggebeld te worden, uit deze periode."),
        ),
        Figure(
            key="callbacks_followed_up",
            label=_("Bel-mij-verzoeken opgepakt"),
            unit=PEOPLE,
            current=this["followed_up"],
            previous=before["followed_up"],
            help=_("Verzoeken uit deze periode die VMCA heeft opgepakt."),
        ),
        Figure(
            key="callback_follow_up_rate",
            label=_("Deel van de verzoeken opgepakt"),
            unit=PERCENT,
            current=_rate(this),
            previous=_rate(before),
            base=this["requests"],
            previous_base=before["requests"],
        ),
        Figure(
            key="callback_follow_up_days",
            label=_("Tijd tot opvolging (mediaan)"),
            unit=DAYS,
            current=this["wait"],
            previous=before["wait"],
            base=this["wait_base"],
            previous_base=before["wait_base"],
            help=_("Dagen tussen het verzoek en het moment dat VMCA het oppakte."),
        ),
    ]
    return Section(
        key=KEY,
        title=str(SECTION_TITLES[KEY]),
        figures=figures,
        trends=[_walks_trend(period, previous)],
        breakdowns=[
            _merged(
                "needs",
                _("Gekozen behoeften"),
                _("Behoefte"),
                counts.needs(period.start, period.end),
                counts.needs(previous.start, previous.end),
            ),
            _merged(
                "paths_per_district",
                _("Wegwijzers doorlopen per wijk"),
                _("Wijk"),
                counts.per_district(period.start, period.end),
                counts.per_district(previous.start, previous.end),
            ),
            _status_breakdown(this, before),
        ],
    )


def _walks_trend(period, previous):
    current = {row.key: row.count for row in counts.walks_per_month(period.start, period.end)}
    earlier = {row.key: row.count for row in counts.walks_per_month(previous.start, previous.end)}
    return Trend(
        key="paths_per_month",
        title=_("Wegwijzers doorlopen per maand"),
        unit=PEOPLE,
        points=[
            Point(
                month=month,
                current=current.get(month, 0),
                previous=earlier.get(month.replace(year=month.year - 1), 0),
            )
            for month in period.months()
        ],
    )


def _merged(key, title, dimension, current, earlier):
    """guide.counts rows of two periods as one table: the current order, then keys only a
    year earlier."""
    then = {row.key: row for row in earlier}
    rows = []
    for row in current:
        last_year = then.pop(row.key, None)
        previous = last_year.count if last_year is not None else 0
        rows.append(Row(key=row.key, label=row.label, current=row.count, previous=previous))
    for row in then.values():
        rows.append(Row(key=row.key, label=row.label, current=0, previous=row.count))
    return Breakdown(key=key, title=title, dimension=dimension, unit=PEOPLE, rows=rows)


def _status_breakdown(this, before):
    def count(found, status):
        return found["statuses"].get(status, 0)

    return Breakdown(
        key="callbacks_per_status",
        title=_("Bel-mij-verzoeken per status"),
        dimension=_("Status"),
        unit=PEOPLE,
        rows=[
            Row(
                key=status.value,
                label=str(status.label),
                current=count(this, status),
                previous=count(before, status),
            )
            for status in CallbackStatus
        ],
    )
