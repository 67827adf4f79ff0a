"""What payments mean for registrations: holding a place while someone pays, confirming
it when the provider says it is paid, releasing it when the payment fails or expires,
refunds, invoices marked paid.

Only the provider's verified events (webhook, catch-up command, test mode) and staff
confirm a payment, never the page someone returns to. Every change runs in one
transaction with the edition locked (the same lock as the registration engine), and
each provider event is recorded by its id in that transaction, so an event delivered
twice, or at the same time by two processes, changes things once. The functions that
apply an outcome look at the payment's state, not at the order events arrive in: a
"failed" after "paid" changes nothing.
"""

import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import notifications
from ..models import (
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
)
from ..models.payments import ACTIVE_PAYMENT_STATUSES, UNSETTLED_PAYMENT_STATUSES
from . import invoices
from . import registration as engine
from .errors import RegistrationError
from .locking import lock_editions, owns_transaction

logger = logging.getLogger(__name__)

Status = PaymentStatus
_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class PaymentError(RegistrationError):
    status = 409
    default_message = _("Dit kan niet met deze betaling.")


class InvalidRefund(PaymentError):
    status = 400
    default_message = _("Dit bedrag kan niet worden terugbetaald.")


@dataclass
class Billing:
    """Who pays by invoice, as typed on the form."""

    organisation: str
    address: str
    postcode: str
    city: str
    contact: str = ""
    reference: str = ""
    email: str = ""

    def as_dict(self):
        return {key: value.strip() for key, value in self.__dict__.items()}


def hold_minutes():
    return settings.ACADEMY_PAYMENT_HOLD_MINUTES


def new_reference():
    return "VMCA-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(10))


def needs_online_payment(registration):
    return (
        registration.price_cents > 0
        and registration.channel == Registration.Channel.ONLINE
        and not registration.billing
    )


# Called by the registration engine while it holds the edition lock ------------------------


def place_taken(registration, now):
    """The person just got a place in a paid training: an online payment that holds the
    place for a short time, or an invoice. Nothing for free places or staff sign-ups."""
    if registration.price_cents <= 0:
        return None
    if registration.billing:
        billing = registration.billing
        payment = Payment.objects.create(
            registration=registration,
            method=PaymentMethod.INVOICE,
            amount_cents=registration.price_cents,
            reference=new_reference(),
            billing_organisation=billing.get("organisation", ""),
            billing_contact=billing.get("contact", ""),
            billing_address=billing.get("address", ""),
            billing_postcode=billing.get("postcode", ""),
            billing_city=billing.get("city", ""),
            billing_reference=billing.get("reference", ""),
            billing_email=billing.get("email", ""),
        )
        invoice = invoices.issue_invoice(payment, now=now)
        notifications.invoice_issued(invoice)
        return payment
    if registration.status != RegistrationStatus.AWAITING_PAYMENT:
        return None
    from ..payments.gateway import get_gateway

    return Payment.objects.create(
        registration=registration,
        method=PaymentMethod.ONLINE,
        amount_cents=registration.price_cents,
        provider=get_gateway().name,
        reference=new_reference(),
        expires_at=now + timezone.timedelta(minutes=hold_minutes()),
    )


def registration_ended(registration, now, *, refund_percent, reason):
    """The registration was cancelled (by the person, by staff or with its edition):
    an unpaid payment ends; a paid one is refunded for `refund_percent` (0: not at all)."""
    for payment in registration.payments.filter(status__in=ACTIVE_PAYMENT_STATUSES):
        if payment.status in UNSETTLED_PAYMENT_STATUSES:
            _end_unpaid(payment, Status.CANCELLED, reason, now)
            if payment.method == PaymentMethod.INVOICE:
                invoices.issue_credit_note(payment, payment.amount_cents, now=now)
        elif refund_percent:
            amount = payment.refundable_cents * refund_percent // 100
            if amount > 0:
                _create_refund(payment, amount, reason, by=None, automatic=True, now=now)


def _end_unpaid(payment, status, reason, now):
    payment.status = status
    payment.ended_at = now
    payment.failure_reason = str(reason)[:300]
    payment.save(update_fields=["status", "ended_at", "failure_reason", "updated"])
    if payment.checkout_session_id:
        transaction.on_commit(lambda: _expire_checkout_quietly(payment))


def _expire_checkout_quietly(payment):
    """Best effort: a session that stays open can still be paid, and a late payment is
    then refunded or given the place again (see _paid)."""
    from ..payments.gateway import GatewayError, get_gateway

    try:
        get_gateway(payment.provider).expire_checkout(payment.checkout_session_id)
    except GatewayError:
        logger.warning("Could not end Checkout session %s", payment.checkout_session_id)


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
        locale=_mail_language(registration),
    )
    Payment.objects.filter(pk=payment.pk, checkout_session_id__isnull=True).update(
        checkout_session_id=checkout.session_id, checkout_url=checkout.url
    )
    payment.refresh_from_db()
    return payment.checkout_url


def _mail_language(registration):
    from ..mailer import mail_language

    return mail_language(registration)


# Applying provider outcomes ----------------------------------------------------------------


def _lock_payment(payment_id):
    """Lock the edition (as the engine does), then return the payment, fresh."""
    edition_id = (
        Payment.objects.filter(pk=payment_id)
        .values_list("registration__edition_id", flat=True)
        .first()
    )
    if edition_id is None:
        return None
    lock_editions(edition_id)
    return (
        Payment.objects.select_for_update(of=("self",))
        .select_related("registration__edition__course", "registration__participant")
        .get(pk=payment_id)
    )


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
    _create_refund(
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
    _end_unpaid(payment, status, reason, now)
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
    payment = _lock_payment(payment_id) if payment_id else None
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


def _create_refund(payment, amount_cents, reason, *, by, automatic, now):
    """Inside the payment's lock: book the refund now, pay it out after the commit."""
    amount_cents = int(amount_cents)
    if payment.status != Status.PAID:
        raise InvalidRefund(_("Alleen een betaalde betaling kan worden terugbetaald."))
    if amount_cents <= 0:
        raise InvalidRefund(_("Vul een bedrag in dat groter is dan € 0,00."))
    if amount_cents > payment.refundable_cents:
        from ..catalogue import format_money

        raise InvalidRefund(
            _("U kunt hoogstens %(amount)s terugbetalen.")
            % {"amount": format_money(payment.refundable_cents)}
        )
    refund = Refund.objects.create(
        payment=payment,
        amount_cents=amount_cents,
        reason=str(reason)[:300],
        automatic=automatic,
        created_by=by,
    )
    payment.refunded_cents += amount_cents
    payment.save(update_fields=["refunded_cents", "updated"])
    if payment.method == PaymentMethod.INVOICE:
        # Paid by bank transfer: staff transfer it back; the credit note is the record.
        _refund_done(refund, now)
    else:
        transaction.on_commit(lambda: _enqueue_refund(refund.pk))
    return refund


def _enqueue_refund(refund_id):
    from ..tasks import execute_refund_task

    execute_refund_task.enqueue(refund_id)


def _refund_done(refund, now, provider_refund_id=None):
    refund.status = Refund.Status.SUCCEEDED
    refund.completed_at = now
    if provider_refund_id:
        refund.provider_refund_id = provider_refund_id
    refund.save()
    invoices.issue_credit_note(refund.payment, refund.amount_cents, refund=refund, now=now)
    notifications.refund_made(refund)


@owns_transaction
def _refund(payment_id, amount_cents, reason, by, automatic, now):
    payment = _lock_payment(payment_id)
    if payment is None:
        raise PaymentError(_("Deze betaling bestaat niet (meer)."))
    return _create_refund(payment, amount_cents, reason, by=by, automatic=automatic, now=now)


def refund(payment, amount_cents, reason, *, by=None, now=None):
    """Staff refund all or part of a paid payment, with a reason."""
    if not str(reason or "").strip():
        raise InvalidRefund(_("Vul een reden in."))
    return _refund(payment.pk, amount_cents, reason.strip(), by, False, now or timezone.now())


@owns_transaction
def _settle_refund(refund_id, result, error, now):
    refund = Refund.objects.select_for_update().select_related("payment").get(pk=refund_id)
    if refund.status != Refund.Status.PENDING:
        return refund
    refund.attempts += 1
    if result is not None and result.status in ("succeeded", "pending"):
        refund.provider_refund_id = result.refund_id
        if result.status == "succeeded":
            _refund_done(refund, now, result.refund_id)
        else:
            refund.save()  # the provider confirms later (charge.refunded)
        return refund
    refund.last_error = str(error or (result and result.status) or "")[:2000]
    permanent = result is not None or getattr(error, "permanent", False)
    if permanent or refund.attempts >= settings.ACADEMY_MAIL_MAX_ATTEMPTS:
        refund.status = Refund.Status.FAILED
        refund.completed_at = now
        payment = Payment.objects.select_for_update().get(pk=refund.payment_id)
        payment.refunded_cents -= refund.amount_cents
        payment.save(update_fields=["refunded_cents", "updated"])
    refund.save()
    return refund


def execute_refund(refund_id, *, now=None):
    """Pay a booked refund out through the provider. Safe to run again: the provider
    gets the same idempotency key, and a settled refund is left alone."""
    from ..payments.gateway import GatewayError, get_gateway

    refund = Refund.objects.select_related("payment").filter(pk=refund_id).first()
    if refund is None or refund.status != Refund.Status.PENDING or refund.provider_refund_id:
        return refund
    payment = refund.payment
    result, error = None, None
    try:
        result = get_gateway(payment.provider).refund(
            payment, refund.amount_cents, idempotency_key=f"vmca-refund-{refund.pk}"
        )
    except GatewayError as exc:
        error = exc
    return _settle_refund(refund.pk, result, error, now or timezone.now())


@owns_transaction
def _provider_refunded(payment_id, amount_refunded, refund_ids, event, now):
    record = _claim_event(event)
    result = _book_provider_refunds(payment_id, amount_refunded, refund_ids, now)
    _mark_applied(record, payment_id, result, now)
    return result


def _book_provider_refunds(payment_id, amount_refunded, refund_ids, now):
    payment = _lock_payment(payment_id) if payment_id else None
    if payment is None:
        return "unknown payment"
    done = 0
    for refund in payment.refunds.filter(status=Refund.Status.PENDING).exclude(
        provider_refund_id=None
    ):
        if refund.provider_refund_id in refund_ids:
            _refund_done(refund, now)
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
        _refund_done(outside, now)
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
    payment = _lock_payment(payment_id)
    if payment is None or payment.method != PaymentMethod.INVOICE:
        raise PaymentError(_("Dit is geen betaling op factuur."))
    if payment.status == Status.PAID:
        return payment
    if payment.status != Status.OPEN:
        raise PaymentError(_("Deze factuur is geannuleerd. Zij kan niet meer worden betaald."))
    payment.marked_paid_by = by
    payment.save(update_fields=["marked_paid_by", "updated"])
    _paid(payment, now)
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
