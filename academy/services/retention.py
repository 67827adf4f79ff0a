"""Retention (AVG): people who have not been active for a while are anonymised.

What stays: registrations with their status and attendance (the numbers per edition),
certificates with the facts they were issued with (so a register or an employer can
still verify them), and payments and invoices (bookkeeping, kept seven years by law).
What goes: the person's name, contact details, answers, billing details on their
registrations, the text of the e-mails sent to them, and their account.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import DateTimeField, Exists, F, Max, OuterRef, Q
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from ..models import LIVE_STATUSES, Participant, Registration
from .accounts import forget_participant

logger = logging.getLogger(__name__)


def cutoff(now, years):
    """The same calendar day `years` ago (29 February becomes the 28th)."""
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def _with_last_activity(queryset):
    """Annotate `last_activity`. Every part falls back to the participant's creation,
    because SQLite's GREATEST gives NULL as soon as one part is NULL."""

    def at_least_created(value):
        return Coalesce(value, F("created"), output_field=DateTimeField())

    return queryset.annotate(
        last_activity=Greatest(
            "created",
            "updated",
            at_least_created(F("user__last_login")),
            at_least_created(Max("registrations__created")),
            at_least_created(Max("registrations__confirmed_at")),
            at_least_created(Max("registrations__offered_at")),
            at_least_created(Max("registrations__ended_at")),
            # A course they still hold a place for counts until its last session ends.
            at_least_created(
                Max(
                    "registrations__edition__last_end",
                    filter=Q(registrations__status__in=LIVE_STATUSES),
                )
            ),
            output_field=DateTimeField(),
        )
    )


def last_activity(participant):
    """The last moment this person did something here, or had a course going on."""
    return (
        _with_last_activity(Participant.objects.filter(pk=participant.pk))
        .values_list("last_activity", flat=True)
        .get()
    )


def inactive_participants(now=None, years=None):
    """Participants not yet anonymised whose last activity lies more than `years` ago,
    without a live registration for an edition that has not ended. One query."""
    now = now or timezone.now()
    years = settings.ACADEMY_RETENTION_YEARS if years is None else years
    ongoing = Registration.objects.filter(
        participant=OuterRef("pk"), status__in=LIVE_STATUSES
    ).filter(
        # An edition without sessions has no end yet: keep its people rather than guess.
        Q(edition__last_end__isnull=True) | Q(edition__last_end__gt=now)
    )
    return (
        _with_last_activity(Participant.objects.filter(anonymised__isnull=True))
        .filter(~Exists(ongoing), last_activity__lt=cutoff(now, years))
        .order_by("pk")
    )


def _anonymise_one(pk, now, years):
    with transaction.atomic():
        # Locked and checked again: the person may have signed up since the list was made.
        participant = (
            Participant.objects.select_for_update().filter(pk=pk, anonymised__isnull=True).first()
        )
        if participant is None or not inactive_participants(now, years).filter(pk=pk).exists():
            return False
        forget_participant(participant, now)
    return True


def anonymise_inactive(now=None, years=None, dry_run=False):
    """Anonymise everyone inactive for `years` (default ACADEMY_RETENTION_YEARS); the
    number anonymised (or, with dry_run, the number that would be)."""
    now = now or timezone.now()
    years = settings.ACADEMY_RETENTION_YEARS if years is None else years
    pks = list(inactive_participants(now, years).values_list("pk", flat=True))
    if dry_run:
        return len(pks)
    count = 0
    for pk in pks:
        if _anonymise_one(pk, now, years):
            count += 1
    logger.info("Retention: %s participant(s) anonymised", count)
    return count
