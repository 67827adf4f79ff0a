"""The page of one registration (from an e-mail link, after enrolling, back from paying)
and the payment facts every page about a registration shows."""

from django.utils import timezone
from django.utils.translation import gettext as _

from .. import rules
from ..formatting import format_money, format_price
from ..models import PaymentMethod, PaymentStatus, RegistrationStatus
from .common import render_with_status, site_phone

Status = RegistrationStatus
PaymentState = PaymentStatus


def latest_payment(registration):
    """The payment that counts for the pages: the live one, else the most recent."""
    found = list(registration.payments.all())
    for payment in found:
        if payment.status in (PaymentState.OPEN, PaymentState.PROCESSING, PaymentState.PAID):
            return payment
    return found[0] if found else None


def payment_summary(registration, now=None):
    """Everything the pages show about paying for this registration (None when free)."""
    payment = latest_payment(registration)
    if payment is None:
        return None
    invoice = next(
        (item for item in payment.invoices.all() if item.kind == item.Kind.INVOICE), None
    )
    refunded = sum(
        refund.amount_cents
        for refund in payment.refunds.all()
        if refund.status == refund.Status.SUCCEEDED
    )
    # What the person gets back when they cancel now: the amount the cancellation books.
    refund_cents = rules.refund_cents(
        payment, registration.edition, now or timezone.now(), rules.CancelledBy.PARTICIPANT
    )
    return {
        "payment": payment,
        "by_invoice": payment.method == PaymentMethod.INVOICE,
        "is_open": payment.status == PaymentState.OPEN,
        "is_processing": payment.status == PaymentState.PROCESSING,
        "is_paid": payment.status == PaymentState.PAID,
        "amount_text": format_money(payment.amount_cents),
        "invoice": invoice,
        "refunded_text": format_money(refunded) if refunded else "",
        "refund_cents": refund_cents,
        "refund_text": format_money(refund_cents),
        "is_test": payment.is_test,
    }


def render_registration(request, registration, error_message=None, status=200):
    """The registration page; also shown when paying cannot start (with the reason)."""
    edition = registration.edition
    now = timezone.now()
    may_cancel = rules.may_cancel(registration, now) and not edition.is_cancelled
    context = {
        "registration": registration,
        "edition": edition,
        "owner": edition.owner_page,
        "sessions": list(edition.sessions.all()),
        "position": registration.waiting_position(),
        "show_online": registration.status == Status.CONFIRMED and not edition.is_cancelled,
        # An offer is answered on its own page; here the person gives back a place or a
        # place on the waiting list.
        "can_cancel": may_cancel and registration.status != Status.OFFERED,
        "too_late": registration.status == Status.CONFIRMED and not may_cancel,
        "deadline": rules.cancellation_deadline(edition),
        "error_message": error_message,
        "phone": site_phone(request),
        "price_text": format_price(registration.price_cents),
        "summary": payment_summary(registration, now),
        "crumb_title": _("Uw aanmelding"),
    }
    return render_with_status(request, "academy/enrol/registration.html", context, status)
