"""How an outbox row is sent: claimed by one worker, marked sent, or retried later.

The academy (academy.mailer, OutgoingMail) and the vacaturebank (volunteering.mail,
OutgoingMessage) each keep their own outbox table, because they render at different
moments; the rules for sending a row are the same and live here. A row has `status`
("pending", "sent", "failed"), `attempts`, `next_attempt_at`, `last_error` and `sent_at`.
"""

import datetime as dt
import logging

from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger(__name__)

PENDING, SENT, FAILED = "pending", "sent", "failed"
# Outcomes of one attempt.
SENT_NOW, RETRY, GIVEN_UP, SKIPPED = "sent", "retry", "failed", "skipped"

# How long a claimed row is left alone before another worker may try it again. A send
# that crashed after the SMTP server took the mail but before the row was marked sent is
# sent once more after this lease: one duplicate in a rare crash is better than a mail
# that is silently lost.
CLAIM_LEASE = dt.timedelta(minutes=15)
FIRST_RETRY = dt.timedelta(minutes=5)
LONGEST_RETRY = dt.timedelta(hours=6)


def retry_delay(attempts):
    """5 minutes after the first failure, then doubling, at most 6 hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def due_q(now):
    return Q(status=PENDING) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))


def claim(model, row_id, now):
    """Take the row for this worker (one conditional UPDATE): False when another worker
    has it or it is not due."""
    claimed = model.objects.filter(due_q(now), pk=row_id).update(
        attempts=F("attempts") + 1, next_attempt_at=now + CLAIM_LEASE
    )
    return claimed == 1


def mark_sent(model, row_id):
    try:
        model.objects.filter(pk=row_id).update(
            status=SENT, sent_at=timezone.now(), next_attempt_at=None, last_error=""
        )
    except Exception:
        # Sent but not marked: the lease runs out and the mail goes once more.
        logger.exception("%s %s was sent but could not be marked as sent", model.__name__, row_id)


def record_failure(model, row, error, now, max_attempts):
    """Keep the error on the row; retry later, or give up after `max_attempts`."""
    logger.warning(
        "Sending %s %s failed (attempt %s): %r", model.__name__, row.pk, row.attempts, error
    )
    given_up = row.attempts >= max_attempts
    try:
        model.objects.filter(pk=row.pk).update(
            status=FAILED if given_up else PENDING,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=None if given_up else now + retry_delay(row.attempts),
        )
    except Exception:
        logger.exception("Could not record the failure of %s %s", model.__name__, row.pk)
    return GIVEN_UP if given_up else RETRY


def due_ids(model, now, limit=None):
    ids = model.objects.filter(due_q(now)).order_by("created", "pk").values_list("pk", flat=True)
    return list(ids[:limit] if limit else ids)
