"""Which courses the catalogue lists, in what order, with the visitor's filters.

A page of the catalogue costs the same number of queries for 1 course as for 500: the
listing is one query (filters are subqueries, so no duplicate rows).
"""

import datetime as dt

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from cms.listings import exclude_private, wijk_ids
from events.calendar.spec import AMSTERDAM

from .. import rules
from ..filters import FREE, PAID
from ..models import CourseAccreditation, CoursePage, CoursePrice, Edition, EditionStatus

ENDED_STATUSES = (EditionStatus.CANCELLED, EditionStatus.COMPLETED)


def scheduled_editions(now):
    """Editions still to start that are not cancelled: they give a course its dates."""
    return Edition.objects.filter(first_start__gt=now).exclude(status__in=ENDED_STATUSES)


def _local_midnight(day):
    return dt.datetime.combine(day, dt.time.min, tzinfo=AMSTERDAM)


def _course_condition(filters, now):
    """A Q on CoursePage for the chosen filters; subqueries, so no duplicate rows."""
    through_theme = CoursePage.themes.through
    through_audience = CoursePage.audiences.through
    scheduled = scheduled_editions(now).filter(course=OuterRef("pk"))
    condition = Q()
    if filters.get("thema"):
        condition &= Q(
            Exists(
                through_theme.objects.filter(
                    coursepage_id=OuterRef("pk"), theme__slug=filters["thema"]
                )
            )
        )
    if filters.get("doelgroep"):
        condition &= Q(
            Exists(
                through_audience.objects.filter(
                    coursepage_id=OuterRef("pk"), audience__slug=filters["doelgroep"]
                )
            )
        )
    if filters.get("wijk"):
        # A district includes its neighbourhoods; an edition may be held in another wijk
        # than the course is usually given in.
        ids = wijk_ids(filters["wijk"])
        condition &= Q(wijk_id__in=ids) | Q(Exists(scheduled.filter(wijk_id__in=ids)))
    if filters.get("vorm"):
        condition &= Q(format=filters["vorm"])
    if filters.get("kosten"):
        paid = Exists(CoursePrice.objects.filter(course=OuterRef("pk"), amount_cents__gt=0))
        if filters["kosten"] == FREE:
            condition &= ~Q(paid)
        elif filters["kosten"] == PAID:
            condition &= Q(paid)
    if filters.get("accreditatie"):
        condition &= Q(Exists(CourseAccreditation.objects.filter(course=OuterRef("pk"))))
    if filters.get("van") or filters.get("tot"):
        in_range = scheduled
        if filters.get("van"):
            in_range = in_range.filter(first_start__gte=_local_midnight(filters["van"]))
        if filters.get("tot"):
            next_day = filters["tot"] + dt.timedelta(days=1)
            in_range = in_range.filter(first_start__lt=_local_midnight(next_day))
        condition &= Q(Exists(in_range))
    if filters.get("q"):
        for word in filters["q"].split()[:5]:
            condition &= (
                Q(title__icontains=word)
                | Q(intro__icontains=word)
                | Q(learning_goals__icontains=word)
            )
    return condition


def catalogue_courses(index, filters, now=None):
    """Live courses under the index: bookable ones first (soonest first), then those
    whose dates are known but not open yet, then the ones with new dates to follow."""
    now = now or timezone.now()
    scheduled = scheduled_editions(now).filter(course=OuterRef("pk"))
    open_editions = Edition.objects.filter(rules.signup_open_q(now))
    courses = (
        exclude_private(CoursePage.objects.live().child_of(index))
        .filter(_course_condition(filters, now))
        .defer_streamfields()
        .select_related("image")
        .annotate(
            catalogue_group=Case(
                When(Exists(open_editions.filter(course=OuterRef("pk"))), then=Value(0)),
                When(Exists(scheduled), then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            next_start=Subquery(scheduled.order_by("first_start").values("first_start")[:1]),
        )
    )
    return courses.order_by("catalogue_group", F("next_start").asc(nulls_last=True), "title", "pk")
