"""Retention (AVG) for what people send through the vacaturebank.

Reactions and help requests are kept to bring people and organisations together, not
for ever: after VOLUNTEERING_RETENTION_MONTHS the nightly job deletes help requests and
wipes the person from a reaction (name, address, phone, message), with the mails that
carried their details. What is left of a reaction (which vacancy, when, what came of it)
says nothing about a person and keeps VMCA's figures of earlier years whole. An alert
nobody confirmed within a week was probably asked for by someone else, and goes too.
"""

import datetime as dt

from django.conf import settings
from django.db import transaction

from cms.retention import cutoff

from ..models import HelpRequest, OutgoingMessage, Reaction, VacancyAlert

UNCONFIRMED_ALERT_DAYS = 7
# The mails that carry a reacting person's or a help request's details.
PERSONAL_MAIL_KINDS = (
    "reaction_received",
    "reaction_confirmation",
    "reaction_reminder",
    "help_request_received",
    "help_request_confirmation",
)


def old_data(now, months=None):
    """What is due for deletion at `now`, as querysets by name."""
    months = settings.VOLUNTEERING_RETENTION_MONTHS if months is None else months
    before = cutoff(now, months)
    return {
        # Reaction.objects holds only the reactions that still name their person.
        "reactions": Reaction.objects.filter(created__lt=before),
        "help_requests": HelpRequest.objects.filter(created__lt=before),
        "unconfirmed_alerts": VacancyAlert.objects.filter(
            confirmed_at__isnull=True,
            created__lt=now - dt.timedelta(days=UNCONFIRMED_ALERT_DAYS),
        ),
        # Sent or given up: a mail still waiting to go out is left alone.
        "mails": OutgoingMessage.objects.filter(
            kind__in=PERSONAL_MAIL_KINDS, created__lt=before
        ).exclude(status=OutgoingMessage.Status.PENDING),
    }


def delete_old_data(now, months=None, dry_run=False):
    """Delete what is older than the retention time; returns the counts by name (with
    dry_run: what would be deleted, and nothing changes)."""
    querysets = old_data(now, months)
    if dry_run:
        return {name: queryset.count() for name, queryset in querysets.items()}
    counts = {}
    with transaction.atomic():
        counts["reactions"] = anonymise_reactions(querysets.pop("reactions"), now)
        for name, queryset in querysets.items():
            _total, by_model = queryset.delete()
            counts[name] = by_model.get(queryset.model._meta.label, 0)
    return counts


def anonymise_reactions(reactions, now):
    """Wipe the person from these reactions; returns how many."""
    return reactions.update(
        name="",
        email="",
        phone="",
        message="",
        consent=False,
        status_changed_by=None,
        anonymised_at=now,
    )
