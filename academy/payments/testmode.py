"""The local test mode: paid trainings work without Stripe keys (the demo, a laptop).

Checkout is a page on this site (academy.views.payments.test_checkout) where the person
chooses what the bank would answer; that page applies the outcome as a provider event,
through the same service as Stripe's webhooks. Nobody pays; every page says so.
"""

import secrets

from django.urls import reverse

from .gateway import Checkout, CheckoutState, RefundResult


class TestModeGateway:
    name = "test"

    def create_checkout(self, payment, *, success_url, cancel_url, description, locale):
        session_id = f"test_cs_{secrets.token_urlsafe(18)}"
        return Checkout(
            session_id=session_id,
            url=reverse("academy:test_checkout", kwargs={"session_id": session_id}),
        )

    def retrieve_checkout(self, session_id):
        from ..models import Payment, PaymentStatus

        payment = Payment.objects.filter(checkout_session_id=session_id).first()
        if payment is not None and payment.status == PaymentStatus.PAID:
            return CheckoutState(session_id, "complete", "paid", payment.payment_intent_id)
        if payment is not None and payment.status == PaymentStatus.OPEN:
            return CheckoutState(session_id, "open", "unpaid")
        return CheckoutState(session_id, "expired", "unpaid")

    def expire_checkout(self, session_id):
        state = self.retrieve_checkout(session_id)
        if state.status == "open":
            return CheckoutState(session_id, "expired", "unpaid")
        return state

    def refund(self, payment, amount_cents, *, idempotency_key):
        return RefundResult(refund_id=f"test_re_{idempotency_key}", status="succeeded")
