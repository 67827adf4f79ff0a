"""What a payment provider's word (or staff's) does to a place: confirming it when the
provider says it is paid, releasing it when the payment fails or expires, refunds that
staff start, invoices marked paid. The payment rows themselves, and refunds paid out,
are services.charges' (the registration engine uses those while it gives a place).

Only the provider's verified events (webhook, catch-up command, test mode) and staff
confirm a payment, never the page someone returns to. Every change runs in one
transaction with the edition locked (the same lock as the registration engine), and
each provider event is recorded by its id in that transaction, so an event delivered
twice, or at the same time by two processes, changes things once. The functions that
apply an outcome look at the payment's state, not at the order events arrive in: a
"failed" after "paid" changes nothing.
"""

import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..links import registration_language
from ..models import (
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentStatus,
    Refund,
    RegistrationStatus,
)
from ..models.payments import UNSETTLED_PAYMENT_STATUSES
from . import audit, charges, invoices
from . import registration as engine
from .charges import InvalidRefund, PaymentError
from .locking import owns_transaction

logger = logging.getLogger(__name__)

Status = PaymentStatus


# Starting a checkout (outside any lock: it calls the provider) -----------------------------


def start_checkout(payment, *, success_url, cancel_url):
    """The provider's Checkout page for an open online payment (the same one when asked
    again). Raises GatewayError when the provider cannot be reached."""
    from ..payments.gateway import get_gateway

    if payment.status != Status.OPEN or payment.method != PaymentMethod.ONLINE:
        raise PaymentError(_("Deze betaling staat niet meer open."))
    if payment.checkout_url:
        return payment.checkout_url
    registration = payment.registration
    checkout = get_gateway(payment.provider).create_checkout(
        payment,
        success_url=success_url,
        cancel_url=cancel_url,
        description=invoices.describe(registration),
        locale=registration_language(registration),
    )
    Payment.objects.filter(pk=payment.pk, checkout_session_id__isnull=True).update(
        checkout_session_id=checkout.session_id, checkout_url=checkout.url
    )
    payment.refresh_from_db()
    return payment.checkout_url


# Applying provider outcomes ----------------------------------------------------------------


def _paid(payment, now, payment_intent_id=""):
    if payment_intent_id and not payment.payment_intent_id:
        payment.payment_intent_id = payment_intent_id
    if payment.status == Status.PAID:
        payment.save(update_fields=["payment_intent_id", "updated"])
        return "already paid"
    was = payment.status
    payment.status = Status.PAID
    payment.paid_at = now
    payment.save()
    registration = payment.registration
    if registration.status == RegistrationStatus.AWAITING_PAYMENT:
        engine.confirm_paid(registration, now)
        if payment.method == PaymentMethod.ONLINE:
            invoices.issue_invoice(payment, now=now)
        return "confirmed"
    if registration.status == RegistrationStatus.CONFIRMED:
        if payment.method == PaymentMethod.ONLINE:
            invoices.issue_invoice(payment, now=now)
        return "paid"
    # Paid after the place was released (the hold ran out first, or the person cancelled).
    invoices.issue_invoice(payment, now=now)
    if was != Status.CANCELLED and engine.reinstate_paid(registration, now):
        return "paid late, place given back"
    charges.create_refund(
        payment,
        payment.amount_cents,
        _("Te laat betaald: de plek was al vrijgegeven."),
        by=None,
        automatic=True,
        now=now,
    )
    return "paid late, refunded"


def _processing(payment, now, payment_intent_id=""):
    if payment_intent_id and not payment.payment_intent_id:
        payment.payment_intent_id = payment_intent_id
    if payment.status != Status.OPEN:
        payment.save(update_fields=["payment_intent_id", "updated"])
        return "ignored: " + payment.status
    # The bank has not said yes yet (a transfer that takes days): keep the place.
    payment.status = Status.PROCESSING
    payment.expires_at = None
    payment.save()
    return "processing"


def _unpaid(payment, status, reason, now):
    if payment.status not in UNSETTLED_PAYMENT_STATUSES:
        return "ignored: " + payment.status
    charges.end_unpaid(payment, status, reason, now)
    registration = payment.registration
    if registration.status == RegistrationStatus.AWAITING_PAYMENT:
        engine.release_unpaid(registration, now, reason)
        return "place released"
    return status


OUTCOMES = {
    "paid": lambda payment, now, **kw: _paid(payment, now, kw.get("payment_intent_id", "")),
    "processing": lambda payment, now, **kw: _processing(
        payment, now, kw.get("payment_intent_id", "")
    ),
    "failed": lambda payment, now, **kw: _unpaid(
        payment, Status.FAILED, kw.get("reason") or _("De betaling is mislukt."), now
    ),
    "expired": lambda payment, now, **kw: _unpaid(
        payment, Status.EXPIRED, kw.get("reason") or _("Niet op tijd betaald."), now
    ),
}


class _Duplicate(Exception):
    pass


def _claim_event(event):
    """The event's row, locked for this transaction: stored by the webhook, or created now.
    Raises _Duplicate when it was applied before. A second process creating the same event
    at the same moment waits on the unique id and then fails with IntegrityError."""
    record = PaymentEvent.objects.select_for_update().filter(event_id=event["event_id"]).first()
    if record is None:
        return PaymentEvent.objects.create(**event)
    if record.applied_at is not None:
        raise _Duplicate()
    return record


def _mark_applied(record, payment_id, result, now):
    PaymentEvent.objects.filter(pk=record.pk).update(
        payment_id=payment_id, outcome=str(result)[:200], applied_at=now, payload={}
    )


@owns_transaction
def _apply(payment_id, outcome, event, now, kwargs):
    record = _claim_event(event) if event is not None else None
    payment = charges.lock_payment(payment_id) if payment_id else None
    if payment is None:
        result = "unknown payment"
    else:
        result = OUTCOMES[outcome](payment, now, **kwargs)
    if record is not None:
        _mark_applied(record, payment_id, result, now)
    return result


def apply_outcome(
    payment,
    outcome,
    *,
    event_id=None,
    event_type="",
    source="webhook",
    created=None,
    now=None,
    **kwargs,
):
    """Apply "paid", "processing", "failed" or "expired" to a payment (None: the event is
    recorded but matches no payment). With an event id the event is applied at most once:
    a repeat returns "duplicate" and changes nothing."""
    now = now or timezone.now()
    event = _event(event_id, event_type, source, created) if event_id else None
    return _at_most_once(
        event_id, _apply, payment.pk if payment else None, outcome, event, now, kwargs
    )


def _event(event_id, event_type, source, created):
    """The fields of a PaymentEvent row."""
    return {
        "event_id": event_id,
        "type": event_type[:100],
        "source": source,
        "created_at_provider": created,
    }


def _at_most_once(event_id, apply, *args):
    """Run `apply` (which claims the event in its transaction); "duplicate" when the event
    was applied before, or by another process at this very moment."""
    try:
        return apply(*args)
    except _Duplicate:
        return "duplicate"
    except IntegrityError:
        if event_id and already_applied(event_id):
            return "duplicate"
        raise


def record_event(event_id, event_type, *, source, outcome, payment=None, created=None):
    """Record an event that needs no change (a type we do not act on), once."""
    event = _event(event_id, event_type, source, created)
    try:
        with transaction.atomic():
            record = _claim_event(event)
            _mark_applied(record, payment.pk if payment else None, outcome, timezone.now())
    except (_Duplicate, IntegrityError):
        return "duplicate"
    return outcome


def store_event(event_id, event_type, payload, *, source="webhook", created=None):
    """Keep a verified provider event, to be applied by a task. Runs in the caller's
    transaction (with the task that applies it); an event stored before raises
    IntegrityError: a repeated delivery, nothing to do."""
    return PaymentEvent.objects.create(
        event_id=event_id,
        type=event_type[:100],
        source=source,
        payload=payload,
        created_at_provider=created,
    )


def event_failed(event_id, error):
    """Applying a stored event failed: it stays stored and is tried again later."""
    PaymentEvent.objects.filter(event_id=event_id, applied_at__isnull=True).update(
        attempts=F("attempts") + 1, last_error=str(error)[:2000]
    )


def pending_events(*, older_than=None):
    """Stored events not applied yet (the task failed or never ran), oldest first."""
    events = PaymentEvent.objects.filter(applied_at__isnull=True).order_by("received_at", "pk")
    if older_than is not None:
        events = events.filter(received_at__lte=older_than)
    return events


def event_stored(event_id):
    return PaymentEvent.objects.filter(event_id=event_id).exists()


def already_applied(event_id):
    return PaymentEvent.objects.filter(event_id=event_id, applied_at__isnull=False).exists()


# Holds that ran out -------------------------------------------------------------------------


def expire_due_payments(*, now=None):
    """End online payments whose hold ran out and give their places to the waiting list.
    The provider is asked first: a session that was paid meanwhile counts as paid.
    Run every few minutes from cron (manage.py expire_payments)."""
    from ..payments.gateway import GatewayError, get_gateway

    now = now or timezone.now()
    due = Payment.objects.filter(
        method=PaymentMethod.ONLINE, status=Status.OPEN, expires_at__lte=now
    ).order_by("expires_at")
    results = {}
    for payment in due:
        outcome, kwargs = "expired", {}
        if payment.checkout_session_id:
            try:
                state = get_gateway(payment.provider).expire_checkout(payment.checkout_session_id)
            except GatewayError:
                logger.warning("Checkout session %s: provider not reachable", payment.pk)
                continue  # try again on the next run; the place stays held meanwhile
            if state.status == "complete":
                outcome = "paid" if state.payment_status == "paid" else "processing"
                kwargs = {"payment_intent_id": state.payment_intent_id}
        results[payment.reference] = apply_outcome(payment, outcome, now=now, **kwargs)
    return results


# Refunds -------------------------------------------------------------------------------------


@owns_transaction
def _refund(payment_id, amount_cents, reason, by, now):
    payment = charges.lock_payment(payment_id)
    if payment is None:
        raise PaymentError(_("Deze betaling bestaat niet (meer)."))
    refund = charges.create_refund(payment, amount_cents, reason, by=by, automatic=False, now=now)
    audit.log_refund(payment, by, amount_cents=refund.amount_cents)
    return refund


def refund(payment, amount_cents, reason, *, by=None, now=None):
    """Staff refund all or part of a paid payment, with a reason."""
    if not str(reason or "").strip():
        raise InvalidRefund(_("Vul een reden in."))
    return _refund(payment.pk, amount_cents, reason.strip(), by, now or timezone.now())


@owns_transaction
def _provider_refunded(payment_id, amount_refunded, refund_ids, event, now):
    record = _claim_event(event)
    result = _book_provider_refunds(payment_id, amount_refunded, refund_ids, now)
    _mark_applied(record, payment_id, result, now)
    return result


def _book_provider_refunds(payment_id, amount_refunded, refund_ids, now):
    payment = charges.lock_payment(payment_id) if payment_id else None
    if payment is None:
        return "unknown payment"
    done = 0
    for refund in payment.refunds.filter(status=Refund.Status.PENDING).exclude(
        provider_refund_id=None
    ):
        if refund.provider_refund_id in refund_ids:
            charges.refund_done(refund, now)
            done += 1
    booked = sum(
        payment.refunds.exclude(status=Refund.Status.FAILED).values_list("amount_cents", flat=True)
    )
    extra = min(amount_refunded, payment.amount_cents) - booked
    if extra > 0 and payment.status == Status.PAID:
        # Refunded in Stripe's dashboard: book it here too.
        outside = Refund.objects.create(
            payment=payment, amount_cents=extra, reason=str(_("Terugbetaald in Stripe"))
        )
        payment.refunded_cents += extra
        payment.save(update_fields=["refunded_cents", "updated"])
        charges.refund_done(outside, now)
        done += 1
    return f"refunds settled: {done}"


def provider_refunded(
    payment,
    amount_refunded_cents,
    refund_ids,
    *,
    event_id,
    event_type,
    source="webhook",
    created=None,
    now=None,
):
    """The provider says this much of the payment has been refunded (charge.refunded)."""
    return _at_most_once(
        event_id,
        _provider_refunded,
        payment.pk if payment else None,
        int(amount_refunded_cents),
        set(refund_ids),
        _event(event_id, event_type, source, created),
        now or timezone.now(),
    )


# Invoices paid by bank transfer ---------------------------------------------------------------


@owns_transaction
def _mark_invoice_paid(payment_id, by, now):
    payment = charges.lock_payment(payment_id)
    if payment is None or payment.method != PaymentMethod.INVOICE:
        raise PaymentError(_("Dit is geen betaling op factuur."))
    if payment.status == Status.PAID:
        return payment
    if payment.status != Status.OPEN:
        raise PaymentError(_("Deze factuur is geannuleerd. Zij kan niet meer worden betaald."))
    payment.marked_paid_by = by
    payment.save(update_fields=["marked_paid_by", "updated"])
    _paid(payment, now)
    audit.log_invoice_marked_paid(payment, by)
    return payment


def mark_invoice_paid(payment, *, by=None, now=None):
    """Staff saw the transfer on the bank statement."""
    return _mark_invoice_paid(payment.pk, by, now or timezone.now())


# Reading ----------------------------------------------------------------------------------------


def open_payment(registration):
    """The online payment that still waits to be paid, or None."""
    return registration.payments.filter(method=PaymentMethod.ONLINE, status=Status.OPEN).first()


def find_payment(*, reference=None, session_id=None, payment_intent_id=None):
    """The payment a provider event is about, by our reference, the Checkout session or the
    PaymentIntent (whichever the event carries)."""
    payments = Payment.objects.all()
    for field, value in (
        ("reference", reference),
        ("checkout_session_id", session_id),
        ("payment_intent_id", payment_intent_id),
    ):
        if value:
            payment = payments.filter(**{field: value}).first()
            if payment is not None:
                return payment
    return None
