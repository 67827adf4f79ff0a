"""The money side of a place: the payment opened when someone gets a place in a paid
training (an online hold or an invoice), what is refunded when the place ends, and paying
a refund out through the provider.

The registration engine calls place_taken() and registration_ended() while it holds the
edition's lock, so a place and its payment change together. This module never calls the
engine: what a provider's word about a payment does to a place is services.payments'.
"""

import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from cms.background import enqueue_after_commit

from .. import notifications, rules
from ..formatting import format_money
from ..models import Payment, PaymentMethod, PaymentStatus, Refund, RegistrationStatus
from ..models.payments import ACTIVE_PAYMENT_STATUSES, UNSETTLED_PAYMENT_STATUSES
from . import invoices
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


def registration_ended(registration, now, *, by, reason):
    """The registration was ended by `by` (rules.CancelledBy): an unpaid payment ends; a
    paid one is refunded as rules.refund_cents says (nothing at all when staff cancel:
    they refund from the payments admin)."""
    edition = registration.edition
    for payment in registration.payments.filter(status__in=ACTIVE_PAYMENT_STATUSES):
        if payment.status in UNSETTLED_PAYMENT_STATUSES:
            end_unpaid(payment, Status.CANCELLED, reason, now)
            if payment.method == PaymentMethod.INVOICE:
                invoices.issue_credit_note(payment, payment.amount_cents, now=now)
            continue
        amount = rules.refund_cents(payment, edition, now, by)
        if amount > 0:
            create_refund(payment, amount, reason, by=None, automatic=True, now=now)


def end_unpaid(payment, status, reason, now):
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


# Locking ----------------------------------------------------------------------------------


def lock_payment(payment_id):
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


# Refunds -------------------------------------------------------------------------------------


def create_refund(payment, amount_cents, reason, *, by, automatic, now):
    """Inside the payment's lock: book the refund now, pay it out after the commit."""
    amount_cents = int(amount_cents)
    if payment.status != Status.PAID:
        raise InvalidRefund(_("Alleen een betaalde betaling kan worden terugbetaald."))
    if amount_cents <= 0:
        raise InvalidRefund(_("Vul een bedrag in dat groter is dan € 0,00."))
    if amount_cents > payment.refundable_cents:
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
        refund_done(refund, now)
    else:
        enqueue_after_commit(execute_refund_task, refund.pk, retried_by="retry_refunds")
    return refund


def refund_done(refund, now, provider_refund_id=None):
    refund.status = Refund.Status.SUCCEEDED
    refund.completed_at = now
    if provider_refund_id:
        refund.provider_refund_id = provider_refund_id
    refund.save()
    invoices.issue_credit_note(refund.payment, refund.amount_cents, refund=refund, now=now)
    notifications.refund_made(refund)


@owns_transaction
def _settle_refund(refund_id, result, error, now):
    refund = Refund.objects.select_for_update().select_related("payment").get(pk=refund_id)
    if refund.status != Refund.Status.PENDING:
        return refund
    refund.attempts += 1
    if result is not None and result.status in ("succeeded", "pending"):
        refund.provider_refund_id = result.refund_id
        if result.status == "succeeded":
            refund_done(refund, now, result.refund_id)
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


@task()
def execute_refund_task(refund_id):
    """Pay out a booked refund through the provider. A failure stays on the refund row
    and is retried by `manage.py retry_refunds`."""
    refund = execute_refund(refund_id)
    return refund.status if refund is not None else None
