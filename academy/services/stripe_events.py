"""What a Stripe event means for our payments, for the webhook and the catch-up command.

The event arrives as a plain dict (verified by the webhook, or fetched from the API by
`manage.py sync_payments`). Each one is handed to services.payments, which applies it at
most once by its id. Events about payments we do not know are recorded and answered
with success: the Stripe account may also serve other sites.
"""

import datetime as dt

from django.db import IntegrityError, transaction
from django_tasks import task
from django_tasks.base import TaskResultStatus

from . import payments
from .errors import RegistrationError

# checkout.session.completed: what its payment_status means for us.
COMPLETED_OUTCOMES = {
    "paid": "paid",
    "no_payment_required": "paid",
    # A bank transfer or delayed method: async_payment_succeeded/failed follows.
    "unpaid": "processing",
}
SESSION_OUTCOMES = {
    "checkout.session.async_payment_succeeded": "paid",
    "checkout.session.async_payment_failed": "failed",
    "checkout.session.expired": "expired",
}


MAX_ID_LENGTH = 255  # PaymentEvent.event_id


class MalformedEvent(ValueError):
    """Signed, but not shaped like a Stripe event: answered with 400, nothing changes."""


def _text(value):
    return value if isinstance(value, str) else ""


def _id_of(value):
    """An id field that Stripe may also send expanded into an object."""
    if isinstance(value, dict):
        return _text(value.get("id"))
    return _text(value)


def _created(event):
    created = event.get("created")
    if isinstance(created, int | float) and not isinstance(created, bool):
        return dt.datetime.fromtimestamp(created, tz=dt.UTC)
    return None


def _parts(event):
    if not isinstance(event, dict):
        raise MalformedEvent("not an object")
    event_id, event_type = event.get("id"), event.get("type")
    if not isinstance(event_id, str) or not 0 < len(event_id) <= MAX_ID_LENGTH:
        raise MalformedEvent("no usable id")
    if not isinstance(event_type, str):
        raise MalformedEvent("no type")
    data = event.get("data")
    obj = data.get("object") if isinstance(data, dict) else None
    if not isinstance(obj, dict):
        raise MalformedEvent("no data.object")
    return event_id, event_type, obj


def _metadata(obj):
    metadata = obj.get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def _session_event(event_id, event_type, session, source, created):
    if event_type == "checkout.session.completed":
        outcome = COMPLETED_OUTCOMES.get(session.get("payment_status"))
    else:
        outcome = SESSION_OUTCOMES[event_type]
    payment = payments.find_payment(
        reference=_text(session.get("client_reference_id"))
        or _text(_metadata(session).get("payment_reference")),
        session_id=_text(session.get("id")),
    )
    if outcome is None:
        return payments.record_event(
            event_id,
            event_type,
            source=source,
            outcome=f"ignored: payment_status {session.get('payment_status')}",
            payment=payment,
            created=created,
        )
    return payments.apply_outcome(
        payment,
        outcome,
        event_id=event_id,
        event_type=event_type,
        source=source,
        created=created,
        payment_intent_id=_id_of(session.get("payment_intent")),
    )


def _refund_ids(charge):
    refunds = charge.get("refunds")
    data = refunds.get("data") if isinstance(refunds, dict) else None
    if not isinstance(data, list):
        return []
    return [item["id"] for item in data if isinstance(item, dict) and _text(item.get("id"))]


def _refunded_amount(charge):
    amount = charge.get("amount_refunded")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise MalformedEvent("amount_refunded is not a whole number")
    return amount


def _charge_refunded(event_id, event_type, charge, source, created):
    amount = _refunded_amount(charge)
    payment = payments.find_payment(
        payment_intent_id=_id_of(charge.get("payment_intent")),
        reference=_text(_metadata(charge).get("payment_reference")),
    )
    return payments.provider_refunded(
        payment,
        amount,
        _refund_ids(charge),
        event_id=event_id,
        event_type=event_type,
        source=source,
        created=created,
    )


def _has_nul(value):
    """A NUL character in any key or text: PostgreSQL can store it neither as text nor in
    jsonb, so saving such an event would fail with a 500 (and Stripe would keep retrying)."""
    stack = [value]
    while stack:  # no recursion: a signed body may nest as deep as json can read
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _checked(event):
    """Raise MalformedEvent now (the webhook answers 400) for what would fail later."""
    event_id, event_type, obj = _parts(event)
    if _has_nul(event):
        raise MalformedEvent("NUL character")
    if event_type == "charge.refunded":
        _refunded_amount(obj)
    return event_id, event_type


def store_stripe_event(event, source="webhook"):
    """Keep a verified event to apply later (see PaymentEvent). False when this event was
    delivered before. Raises MalformedEvent when the event lacks what we need."""
    event_id, event_type = _checked(event)
    try:
        with transaction.atomic():
            payments.store_event(
                event_id, event_type, event, source=source, created=_created(event)
            )
    except IntegrityError:
        return False
    return True


def receive_stripe_event(event, source="webhook"):
    """The webhook's work: store the event and queue the task that applies it, in one
    transaction, so a stored event always has its task. Returns "duplicate" for an event
    stored before, the outcome when the task ran at once (the immediate backend of the
    demo and the tests), else "received". Raises MalformedEvent."""
    event_id, event_type = _checked(event)
    try:
        with transaction.atomic():
            payments.store_event(
                event_id, event_type, event, source=source, created=_created(event)
            )
            result = apply_stripe_event_task.enqueue(event_id)
    except IntegrityError:
        if payments.event_stored(event_id):
            return "duplicate"
        raise
    return result.return_value if result.status == TaskResultStatus.SUCCESSFUL else "received"


@task()
def apply_stripe_event_task(event_id):
    """Apply a Stripe event the webhook stored. Never raises: a failure is kept on the event
    row, and `manage.py sync_payments` tries stored events again."""
    return apply_stored_event(event_id)


def apply_stored_event(event_id):
    """Apply a stored event (the task the webhook queues, and sync_payments for any that
    the task did not finish). A failure stays on the row and is tried again later."""
    from ..models import PaymentEvent

    record = PaymentEvent.objects.filter(event_id=event_id, applied_at__isnull=True).first()
    if record is None:
        return "duplicate"
    try:
        return handle_stripe_event(record.payload, source=record.source)
    except (MalformedEvent, RegistrationError) as exc:
        payments.event_failed(event_id, repr(exc))
        return "failed"


def handle_stripe_event(event, source="webhook"):
    """Apply one Stripe event (a dict); returns a short outcome, "duplicate" for an event
    applied before. Raises MalformedEvent when the event lacks what we need."""
    event_id, event_type, obj = _parts(event)
    created = _created(event)
    if payments.already_applied(event_id):
        return "duplicate"  # the cheap check; the unique event id is the real guard
    if event_type == "checkout.session.completed" or event_type in SESSION_OUTCOMES:
        return _session_event(event_id, event_type, obj, source, created)
    if event_type == "charge.refunded":
        return _charge_refunded(event_id, event_type, obj, source, created)
    return payments.record_event(
        event_id, event_type, source=source, outcome="ignored: type", created=created
    )
