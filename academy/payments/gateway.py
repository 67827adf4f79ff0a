"""The one interface to a payment provider, and the choice between Stripe and test mode.

Stripe is used when STRIPE_SECRET_KEY is set; without it (the demo, a newcomer's laptop)
the local test mode simulates Checkout, so paid trainings still work end to end.
"""

from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _


class GatewayError(Exception):
    """The provider could not do it now. `message` is for the person on the page."""

    default_message = _("Betalen lukt nu niet. Probeer het over een paar minuten opnieuw.")

    def __init__(self, message=None, *, permanent=False):
        self.message = message or self.default_message
        # A permanent error will not go away by trying again (a refused refund, say).
        self.permanent = permanent
        super().__init__(str(self.message))


@dataclass(frozen=True)
class Checkout:
    session_id: str
    url: str


@dataclass(frozen=True)
class CheckoutState:
    """What the provider says about a Checkout session (Stripe's own words)."""

    session_id: str
    status: str  # "open", "complete" or "expired"
    payment_status: str  # "paid", "unpaid" or "no_payment_required"
    payment_intent_id: str = ""


@dataclass(frozen=True)
class RefundResult:
    refund_id: str
    status: str  # "succeeded", "pending" or "failed"


class Gateway(Protocol):
    name: str  # stored on the payment: "stripe" or "test"

    def create_checkout(self, payment, *, success_url, cancel_url, description, locale) -> Checkout:
        """Start a Checkout session for the payment (idempotent on payment.reference)."""

    def retrieve_checkout(self, session_id) -> CheckoutState: ...

    def expire_checkout(self, session_id) -> CheckoutState:
        """End an open session; a session that was already paid says so instead."""

    def refund(self, payment, amount_cents, *, idempotency_key) -> RefundResult: ...


def get_gateway(name=None) -> Gateway:
    """The gateway for new payments, or the one that made an existing payment (`name`)."""
    if name is None:
        name = "stripe" if settings.STRIPE_SECRET_KEY else "test"
    return import_string(settings.ACADEMY_PAYMENT_GATEWAYS[name])()


def is_test_mode():
    return not settings.STRIPE_SECRET_KEY
