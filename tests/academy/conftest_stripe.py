"""Fixtures and builders for the Stripe tests: the fake Stripe API, Stripe-mode settings,
paid registrations that wait for their payment, and signed webhook deliveries.

Import what a module needs, the fixture by its function name:
`from .conftest_stripe import stripe_api_fixture  # noqa: F401`.
"""

import json

import pytest
import stripe
from django.urls import reverse

from tests.fakes.stripe_api import FakeStripeServer

from .conftest import course, edition, participant

WEBHOOK_SECRET = "whsec_test_vmca_0123456789abcdef"
PRICE = 4500


@pytest.fixture(name="stripe_api")
def stripe_api_fixture(settings, monkeypatch):
    """The fake Stripe API, and settings that make the site use it (Stripe mode)."""
    from stripe._http_client import HTTPClient

    # stripe-python waits half a second before a retry; the fake needs no rest.
    monkeypatch.setattr(HTTPClient, "INITIAL_DELAY", 0.01)
    monkeypatch.setattr(HTTPClient, "MAX_DELAY", 0.02)
    server = FakeStripeServer()
    fake = server.start()
    settings.STRIPE_SECRET_KEY = "sk_test_vmca_fake"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = fake.base_url
    yield fake
    server.stop()


def paid_edition(capacity=10, price=PRICE, **fields):
    page = course(prices={"professional": price, "vrijwilliger": 0})
    return edition(page, capacity=capacity, **fields)


def awaiting_payment(ed, person=None, *, checkout=True):
    """A professional's registration that holds a place while they pay; with `checkout`
    its Checkout session is made (at the fake). Returns (registration, payment)."""
    from academy.services import payments
    from academy.services import registration as services

    person = person or participant(participant_type="professional")
    registration = services.register(ed.pk, person)
    payment = payments.open_payment(registration)
    assert payment is not None, registration.status
    if checkout:
        payments.start_checkout(
            payment, success_url="https://vmca.test/klaar", cancel_url="https://vmca.test/terug"
        )
        payment.refresh_from_db()
    return registration, payment


def sign(payload, secret=WEBHOOK_SECRET, timestamp=None):
    return stripe.WebhookSignature.generate_signature_header(payload, secret, timestamp)


def webhook_url():
    return reverse("stripe_webhook")


def deliver(client, event, *, secret=WEBHOOK_SECRET, signature=None):
    """POST an event to the webhook as Stripe does: JSON body, Stripe-Signature header."""
    payload = event if isinstance(event, str) else json.dumps(event)
    headers = {}
    if signature is None and secret:
        signature = sign(payload, secret)
    if signature:
        headers["HTTP_STRIPE_SIGNATURE"] = signature
    return client.post(webhook_url(), data=payload, content_type="application/json", **headers)
