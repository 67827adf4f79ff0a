"""The count panel of Mijn organisatie: what came of the organisation's vacancies."""

import datetime as dt

from django.db.models import Count, Q
from django.utils import timezone

from .. import rules
from ..models import Reaction, ReactionStatus, Vacancy


def month_start(now):
    """The start of this calendar month in Almere."""
    day = rules.today(now).replace(day=1)
    return dt.datetime.combine(day, dt.time.min, tzinfo=timezone.get_current_timezone())


def organisation_counts(organisation, now):
    counts = Reaction.objects.filter(vacancy__organisation=organisation).aggregate(
        total=Count("pk"),
        this_month=Count("pk", filter=Q(created__gte=month_start(now))),
        in_contact=Count("pk", filter=Q(status=ReactionStatus.IN_CONTACT)),
        matches=Count("pk", filter=rules.match_q()),
        no_match=Count("pk", filter=Q(status=ReactionStatus.NO_MATCH)),
    )
    counts["online"] = Vacancy.objects.filter(rules.live_q(now), organisation=organisation).count()
    return counts
