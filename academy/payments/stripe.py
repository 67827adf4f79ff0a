"""The Stripe gateway: Checkout sessions and refunds through stripe-python's StripeClient.

Payment methods (iDEAL, card, Bancontact) are chosen in the Stripe dashboard, so no
`payment_method_types` is sent. Every call that creates something carries an idempotency
key derived from our own ids, so a retry (ours or the library's) never makes a second
session or pays a refund out twice. STRIPE_API_BASE points the client at a local fake in
tests.
"""

import datetime as dt
import functools
import logging

import stripe
from django.conf import settings
from django.utils import timezone

from .gateway import Checkout, CheckoutState, GatewayError, RefundResult

logger = logging.getLogger(__name__)

# Stripe refuses a session that ends less than 30 minutes after it is made.
MIN_SESSION_MINUTES = 30
# Rounding the end time up to whole steps keeps the parameters of two attempts within the
# same step identical, which Stripe requires for reusing an idempotency key.
EXPIRY_STEP_SECONDS = 600
STRIPE_LOCALES = {"nl", "en"}
# The event types the webhook and the catch-up command act on.
EVENT_TYPES = (
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
    "charge.refunded",
)


@functools.lru_cache(maxsize=4)
def _client(secret_key, api_base):
    options = {"max_network_retries": 2}
    if api_base:
        options["base_addresses"] = {"api": api_base}
    return stripe.StripeClient(secret_key, **options)


def stripe_client():
    """One client per key and address, so its HTTP connections are reused."""
    return _client(settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE or "")


def _temporary(exc, what):
    logger.warning("Stripe %s failed: %s", what, exc)
    return GatewayError()


def session_end(payment, now=None):
    """When the Checkout session ends: not before the place's hold, and never sooner than
    Stripe allows."""
    now = now or timezone.now()
    earliest = now + dt.timedelta(minutes=MIN_SESSION_MINUTES, seconds=60)
    end = max(payment.expires_at or earliest, earliest)
    stamp = int(end.timestamp())
    return -(-stamp // EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS


def _state(session):
    """A CheckoutState from a session as a plain dict."""
    intent = session.get("payment_intent") or ""
    if not isinstance(intent, str):  # expanded
        intent = intent.get("id", "")
    return CheckoutState(
        session_id=session["id"],
        status=session.get("status") or "",
        payment_status=session.get("payment_status") or "",
        payment_intent_id=intent,
    )


class StripeGateway:
    name = "stripe"

    def __init__(self, client=None):
        self.client = client or stripe_client()

    def create_checkout(self, payment, *, success_url, cancel_url, description, locale):
        registration = payment.registration
        metadata = {
            "registration_id": str(registration.pk),
            "payment_reference": payment.reference,
        }
        params = {
            "mode": "payment",
            "line_items": [
                {
                    "price_data": {
                        "currency": payment.currency.lower(),
                        "unit_amount": payment.amount_cents,
                        "product_data": {"name": str(description)[:250]},
                    },
                    "quantity": 1,
                }
            ],
            "client_reference_id": payment.reference,
            "metadata": metadata,
            "payment_intent_data": {"metadata": metadata},
            "locale": locale if locale in STRIPE_LOCALES else "auto",
            "expires_at": session_end(payment),
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if registration.participant.email:
            params["customer_email"] = registration.participant.email
        key = f"vmca-checkout-{payment.reference}"
        try:
            try:
                session = self.client.v1.checkout.sessions.create(
                    params=params, options={"idempotency_key": key}
                )
            except stripe.IdempotencyError:
                # The key was used earlier with another end time and that session never
                # reached us: make a fresh one (only the URL we store is ever shown).
                session = self.client.v1.checkout.sessions.create(
                    params=params,
                    options={"idempotency_key": f"{key}-{params['expires_at']}"},
                )
        except stripe.StripeError as exc:
            raise _temporary(exc, f"checkout for {payment.reference}") from exc
        return Checkout(session_id=session["id"], url=session["url"])

    def retrieve_checkout(self, session_id):
        try:
            session = self.client.v1.checkout.sessions.retrieve(session_id)
            return _state(session.to_dict())
        except stripe.StripeError as exc:
            raise _temporary(exc, f"retrieve of {session_id}") from exc

    def expire_checkout(self, session_id):
        try:
            return _state(self.client.v1.checkout.sessions.expire(session_id).to_dict())
        except stripe.InvalidRequestError as exc:
            # Only open sessions can be ended: it was paid or had ended already. Say which.
            state = self.retrieve_checkout(session_id)
            if state.status == "open":
                raise _temporary(exc, f"expire of {session_id}") from exc
            return state
        except stripe.StripeError as exc:
            raise _temporary(exc, f"expire of {session_id}") from exc

    def _payment_intent(self, payment):
        if payment.payment_intent_id:
            return payment.payment_intent_id
        if payment.checkout_session_id:
            return self.retrieve_checkout(payment.checkout_session_id).payment_intent_id
        return ""

    def refund(self, payment, amount_cents, *, idempotency_key):
        intent = self._payment_intent(payment)
        if not intent:
            raise GatewayError("Stripe knows no payment for this checkout.", permanent=True)
        params = {
            "payment_intent": intent,
            "amount": int(amount_cents),
            "metadata": {
                "payment_reference": payment.reference,
                "registration_id": str(payment.registration_id),
            },
        }
        try:
            refund = self.client.v1.refunds.create(
                params=params, options={"idempotency_key": idempotency_key}
            )
        except stripe.InvalidRequestError as exc:
            # Refused (more than is left, a disputed charge...): trying again will not help.
            logger.error("Stripe refused refund %s: %s", idempotency_key, exc)
            raise GatewayError(str(exc.user_message or exc), permanent=True) from exc
        except stripe.StripeError as exc:
            raise _temporary(exc, f"refund {idempotency_key}") from exc
        status = refund.to_dict().get("status") or ""
        if status in ("pending", "requires_action"):
            status = "pending"
        elif status != "succeeded":
            status = "failed"
        return RefundResult(refund_id=refund["id"], status=status)

    def recent_events(self, since):
        """The events we act on since `since` (aware datetime), oldest first, as dicts."""
        params = {
            "types": list(EVENT_TYPES),
            "created": {"gte": int(since.timestamp())},
            "limit": 100,
        }
        try:
            events = [
                event.to_dict()
                for event in self.client.v1.events.list(params=params).auto_paging_iter()
            ]
        except stripe.StripeError as exc:
            raise _temporary(exc, "event list") from exc
        return sorted(events, key=lambda event: (event.get("created") or 0, event.get("id")))
