"""Paying for a place: into the provider's Checkout, back again, and the local test mode.

None of these pages confirms a payment. Only the provider's verified events (the webhook,
or here in test mode the test checkout page acting as the provider) do that, through
services.payments; the page a person returns to only reads what those events did.
"""

import secrets

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from ..formatting import format_money
from ..forms import ConfirmForm
from ..models import Payment, PaymentStatus, RegistrationStatus
from ..models.codes import could_be_secret
from ..payments.gateway import GatewayError, is_test_mode
from ..services import charges, payments
from ..services.invoices import describe
from .common import registration_by_token_or_404, render_with_status, site_phone
from .registration_page import payment_summary, render_registration

Status = RegistrationStatus
PaymentState = PaymentStatus

# What the buttons on the test checkout page do: (outcome, the Stripe event it stands for).
TEST_OUTCOMES = {
    "ideal": ("paid", "checkout.session.completed"),
    "card": ("paid", "checkout.session.completed"),
    "fail": ("failed", "checkout.session.async_payment_failed"),
    "expire": ("expired", "checkout.session.expired"),
}


def return_urls(request, registration):
    """Where the provider sends the person back to: absolute, Stripe needs that."""
    token = registration.token
    return {
        "success_url": request.build_absolute_uri(reverse("academy:payment_return", args=[token])),
        "cancel_url": request.build_absolute_uri(
            reverse("academy:payment_cancelled", args=[token])
        ),
    }


def go_to_checkout(request, registration):
    """Send the person to the Checkout page of their open payment. When the provider cannot
    be reached the place stays held and the registration page says so (503)."""
    payment = payments.open_payment(registration)
    if registration.status != Status.AWAITING_PAYMENT or payment is None:
        return redirect("academy:registration", registration.token)
    try:
        url = payments.start_checkout(payment, **return_urls(request, registration))
    except GatewayError as error:
        return render_registration(request, registration, str(error.message), 503)
    except charges.PaymentError as error:
        messages.error(request, error.message)
        return redirect("academy:registration", registration.token)
    return redirect(url)


@never_cache
@require_POST
def pay(request, token):
    registration = registration_by_token_or_404(token)
    if not ConfirmForm(request.POST).is_valid():  # pragma: no cover (the form has no fields)
        raise Http404
    if registration.status != Status.AWAITING_PAYMENT:
        messages.error(request, _("Deze aanmelding hoeft u niet (meer) te betalen."))
        return redirect("academy:registration", registration.token)
    return go_to_checkout(request, registration)


@never_cache
@require_http_methods(["GET"])
def payment_return(request, token):
    """Back from Checkout. Only shows what the provider's events did; it confirms nothing."""
    registration = registration_by_token_or_404(token)
    summary = payment_summary(registration)
    payment = summary["payment"] if summary else None
    waiting = registration.status == Status.AWAITING_PAYMENT and (
        payment is not None and payment.status in (PaymentState.OPEN, PaymentState.PROCESSING)
    )
    edition = registration.edition
    context = {
        "registration": registration,
        "edition": edition,
        "owner": edition.owner_page,
        "summary": summary,
        "waiting": waiting,
        "confirmed": registration.status == Status.CONFIRMED,
        "not_paid": registration.status == Status.NOT_PAID,
        "phone": site_phone(request),
        "crumb_title": _("Uw betaling"),
    }
    return render_with_status(request, "academy/payments/return.html", context)


@never_cache
@require_http_methods(["GET"])
def payment_cancelled(request, token):
    """The person left Checkout without paying: the place stays held until the hold ends."""
    registration = registration_by_token_or_404(token)
    summary = payment_summary(registration)
    edition = registration.edition
    context = {
        "registration": registration,
        "edition": edition,
        "owner": edition.owner_page,
        "summary": summary,
        "held": registration.status == Status.AWAITING_PAYMENT,
        "phone": site_phone(request),
        "crumb_title": _("Betalen afgebroken"),
    }
    return render_with_status(request, "academy/payments/cancelled.html", context)


def _test_payment_or_404(session_id):
    if not is_test_mode() or not could_be_secret(session_id, 255):
        raise Http404
    payment = (
        Payment.objects.select_related(
            "registration__edition__course", "registration__edition__event_page"
        )
        .filter(checkout_session_id=session_id, provider="test")
        .first()
    )
    if payment is None:
        raise Http404
    return payment


@never_cache
@require_http_methods(["GET", "POST"])
def test_checkout(request, session_id):
    """Test mode only: stands in for Stripe Checkout and its webhook. Nobody pays."""
    payment = _test_payment_or_404(session_id)
    registration = payment.registration
    status = 200
    error_message = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        if not ConfirmForm(request.POST).is_valid() or (
            action not in TEST_OUTCOMES and action != "cancel"
        ):
            error_message = _("Kies een van de knoppen.")
            status = 400
        elif action == "cancel":
            return redirect("academy:payment_cancelled", registration.token)
        elif payment.status != PaymentState.OPEN:
            error_message = _("Deze betaling staat niet meer open.")
            status = 409
        else:
            outcome, event_type = TEST_OUTCOMES[action]
            payments.apply_outcome(
                payment,
                outcome,
                event_id=f"test_evt_{secrets.token_urlsafe(16)}",
                event_type=event_type,
                source="test",
                payment_intent_id=f"test_pi_{secrets.token_urlsafe(12)}"
                if outcome == "paid"
                else "",
            )
            return redirect("academy:payment_return", registration.token)
    payment.refresh_from_db()
    edition = registration.edition
    context = {
        "payment": payment,
        "registration": registration,
        "edition": edition,
        "description": describe(registration),
        "amount_text": format_money(payment.amount_cents),
        "is_open": payment.status == PaymentState.OPEN,
        "expires_at": payment.expires_at,
        "error_message": error_message,
        "now": timezone.now(),
        "crumb_title": _("Testbetaling"),
    }
    return render_with_status(request, "academy/payments/test_checkout.html", context, status)
