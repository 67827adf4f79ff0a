"""Invariant 3 through Stripe's webhook: only a verified event changes anything, each event
is applied at most once (also when delivered three times at the same moment), and in any
order. Payloads are signed with stripe-python's own helper and a test secret; the calls the
site makes back to Stripe go to the local fake (tests.fakes.stripe_api)."""

import json
import threading
import time

import pytest
from django.db import connections
from django.test import Client

from academy.models import (
    Invoice,
    OutgoingMail,
    Payment,
    PaymentEvent,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
)
from academy.services import payments

from .conftest import catalogue, participant
from .conftest_stripe import (
    PRICE,
    WEBHOOK_SECRET,
    awaiting_payment,
    deliver,
    paid_edition,
    sign,
    stripe_api_fixture,  # noqa: F401 (the stripe_api fixture)
    webhook_url,
)
from .test_capacity_concurrency import site_tree  # noqa: F401 (a fixture)

S = RegistrationStatus
pytestmark = pytest.mark.usefixtures("academy")


def _state(registration, payment):
    registration.refresh_from_db()
    payment.refresh_from_db()
    return registration.status, payment.status


def _confirmations(registration):
    return OutgoingMail.objects.filter(registration=registration, kind="confirmation").count()


def _invoices(payment, kind=Invoice.Kind.INVOICE):
    return Invoice.objects.filter(payment=payment, kind=kind).count()


def _paid_event(stripe_api, payment, payment_status="paid"):
    stripe_api.complete_session(payment.checkout_session_id, payment_status)
    return stripe_api.session_event(payment.checkout_session_id, "completed")


# Refused deliveries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        None,  # no header at all
        "",
        "t=1700000000,v1=0000",
        "not a signature header",
        "wrong secret",
        "too old",
    ],
)
def test_missing_or_bad_signature_gets_400_and_changes_nothing(client, stripe_api, signature):
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    payload = json.dumps(event)
    if signature == "wrong secret":
        signature = sign(payload, "whsec_someone_else")
    elif signature == "too old":
        signature = sign(payload, WEBHOOK_SECRET, timestamp=int(time.time()) - 3600)
    response = deliver(client, payload, secret=None, signature=signature)
    assert response.status_code == 400
    assert _state(registration, payment) == (S.AWAITING_PAYMENT, PaymentStatus.OPEN)
    assert not PaymentEvent.objects.exists()


def test_a_body_changed_after_signing_gets_400(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    signature = sign(json.dumps(event))
    event["data"]["object"]["amount_total"] = 1
    response = deliver(client, event, signature=signature)
    assert response.status_code == 400
    assert _state(registration, payment) == (S.AWAITING_PAYMENT, PaymentStatus.OPEN)


@pytest.mark.parametrize(
    "payload",
    [
        "{not json",
        "[1, 2, 3]",
        '"just a string"',
        json.dumps({"id": "evt_1", "type": "checkout.session.completed"}),
        json.dumps({"id": "evt_1", "type": "checkout.session.completed", "data": {"object": 7}}),
        json.dumps({"id": 12, "type": "charge.refunded", "data": {"object": {}}}),
        json.dumps({"id": "x" * 300, "type": "charge.refunded", "data": {"object": {}}}),
        json.dumps(
            {"id": "evt_2", "type": "charge.refunded", "data": {"object": {"amount_refunded": "a"}}}
        ),
        json.dumps({"id": "evt_3", "object": "v2.core.event", "type": "x"}),
    ],
)
def test_signed_but_malformed_payload_gets_400_not_500(client, stripe_api, payload):
    response = deliver(client, payload)
    assert response.status_code == 400
    assert not PaymentEvent.objects.exists()


def test_without_a_webhook_secret_nothing_is_accepted(client, stripe_api, settings, caplog):
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    settings.STRIPE_WEBHOOK_SECRET = ""
    response = deliver(client, event, secret=WEBHOOK_SECRET)
    assert response.status_code == 503
    assert "STRIPE_WEBHOOK_SECRET" in caplog.text
    assert _state(registration, payment) == (S.AWAITING_PAYMENT, PaymentStatus.OPEN)


def test_only_post_is_allowed(client, stripe_api):
    assert client.get(webhook_url()).status_code == 405


def test_the_webhook_lives_outside_the_language_prefix():
    assert webhook_url() == "/betalingen/stripe/webhook/"


# Applying events ---------------------------------------------------------------------------------


def test_paid_checkout_confirms_the_place_issues_a_receipt_and_mails(
    client, stripe_api, django_capture_on_commit_callbacks
):
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, event)
    assert response.status_code == 200
    assert response.json() == {"outcome": "confirmed"}
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)
    assert (
        payment.payment_intent_id
        == stripe_api.sessions[payment.checkout_session_id]["payment_intent"]
    )
    assert _invoices(payment) == 1
    assert _confirmations(registration) == 1
    recorded = PaymentEvent.objects.get()
    assert (recorded.event_id, recorded.source, recorded.payment) == (
        event["id"],
        "webhook",
        payment,
    )


def test_the_same_event_three_times_is_applied_once(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    outcomes = [deliver(client, event).json()["outcome"] for _ in range(3)]
    assert outcomes == ["confirmed", "duplicate", "duplicate"]
    assert PaymentEvent.objects.count() == 1
    assert _confirmations(registration) == 1
    assert _invoices(payment) == 1


def test_failed_after_paid_changes_nothing(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    deliver(client, _paid_event(stripe_api, payment))
    failed = stripe_api.session_event(payment.checkout_session_id, "failed")
    expired = stripe_api.session_event(payment.checkout_session_id, "expired", status="expired")
    assert deliver(client, failed).status_code == 200
    assert deliver(client, expired).status_code == 200
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)
    assert PaymentEvent.objects.count() == 3
    assert not OutgoingMail.objects.filter(kind="payment_not_received").exists()


def test_bank_transfer_keeps_the_place_until_it_succeeds(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    started = _paid_event(stripe_api, payment, payment_status="unpaid")
    assert deliver(client, started).json() == {"outcome": "processing"}
    assert _state(registration, payment) == (S.AWAITING_PAYMENT, PaymentStatus.PROCESSING)
    assert payment.expires_at is None  # the hold no longer runs out
    assert payments.expire_due_payments() == {}
    succeeded = stripe_api.session_event(payment.checkout_session_id, "succeeded")
    assert deliver(client, succeeded).json() == {"outcome": "confirmed"}
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)


def test_succeeded_before_completed_ends_paid(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    stripe_api.complete_session(payment.checkout_session_id, "paid")
    succeeded = stripe_api.session_event(payment.checkout_session_id, "succeeded")
    completed = stripe_api.session_event(
        payment.checkout_session_id, "completed", payment_status="unpaid"
    )
    deliver(client, succeeded)
    deliver(client, completed)
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)


def test_async_payment_failed_releases_the_place(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    deliver(client, _paid_event(stripe_api, payment, payment_status="unpaid"))
    failed = stripe_api.session_event(payment.checkout_session_id, "failed")
    assert deliver(client, failed).json() == {"outcome": "place released"}
    assert _state(registration, payment) == (S.NOT_PAID, PaymentStatus.FAILED)
    assert OutgoingMail.objects.filter(registration=registration, kind="payment_not_received")


def test_expired_checkout_frees_the_place_for_the_waiting_list(
    client, stripe_api, django_capture_on_commit_callbacks
):
    ed = paid_edition(capacity=1)
    registration, payment = awaiting_payment(ed)
    from academy.services import registration as services

    waiting = services.register(ed.pk, participant(participant_type="professional"))
    assert waiting.status == S.WAITING
    stripe_api.sessions[payment.checkout_session_id]["status"] = "expired"
    expired = stripe_api.session_event(payment.checkout_session_id, "expired")
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, expired)
    assert response.json() == {"outcome": "place released"}
    assert _state(registration, payment) == (S.NOT_PAID, PaymentStatus.EXPIRED)
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED
    assert OutgoingMail.objects.filter(registration=waiting, kind="offer").exists()


def test_refund_in_the_stripe_dashboard_is_booked_with_a_credit_note(
    client, stripe_api, django_capture_on_commit_callbacks
):
    registration, payment = awaiting_payment(paid_edition())
    deliver(client, _paid_event(stripe_api, payment))
    payment.refresh_from_db()
    event = stripe_api.charge_refunded_event(payment.payment_intent_id, PRICE, 1500, ["re_dash1"])
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, event)
    assert response.json() == {"outcome": "refunds settled: 1"}
    payment.refresh_from_db()
    assert payment.refunded_cents == 1500
    refund = Refund.objects.get(payment=payment)
    assert (refund.amount_cents, refund.status) == (1500, Refund.Status.SUCCEEDED)
    assert _invoices(payment, Invoice.Kind.CREDIT_NOTE) == 1
    assert deliver(client, event).json() == {"outcome": "duplicate"}
    assert Refund.objects.filter(payment=payment).count() == 1
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)  # keeps the place


def test_refund_made_here_is_settled_by_charge_refunded_when_stripe_said_pending(
    client, stripe_api, django_capture_on_commit_callbacks
):
    registration, payment = awaiting_payment(paid_edition())
    deliver(client, _paid_event(stripe_api, payment))
    payment.refresh_from_db()
    stripe_api.refund_status = "pending"
    with django_capture_on_commit_callbacks(execute=True):
        refund = payments.refund(payment, 2000, "Uitval door ziekte")
    refund.refresh_from_db()
    assert refund.status == Refund.Status.PENDING and refund.provider_refund_id
    event = stripe_api.charge_refunded_event(
        payment.payment_intent_id, PRICE, 2000, [refund.provider_refund_id]
    )
    assert deliver(client, event).json() == {"outcome": "refunds settled: 1"}
    refund.refresh_from_db()
    assert refund.status == Refund.Status.SUCCEEDED
    assert Refund.objects.filter(payment=payment).count() == 1


def test_late_payment_gets_the_place_back_when_one_is_free(client, stripe_api):
    registration, payment = awaiting_payment(paid_edition(capacity=3))
    payments.expire_due_payments(now=payment.expires_at)
    assert _state(registration, payment) == (S.NOT_PAID, PaymentStatus.EXPIRED)
    # The bank's "paid" crossed our expiry.
    event = _paid_event(stripe_api, payment)
    assert deliver(client, event).json() == {"outcome": "paid late, place given back"}
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)
    assert not Refund.objects.exists()


def test_late_payment_for_a_full_edition_is_refunded_through_stripe(
    client, stripe_api, django_capture_on_commit_callbacks
):
    from academy.services import registration as services

    ed = paid_edition(capacity=1)
    registration, payment = awaiting_payment(ed)
    waiting = services.register(ed.pk, participant(participant_type="professional"))
    payments.expire_due_payments(now=payment.expires_at)
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED  # the place went on
    event = _paid_event(stripe_api, payment)
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, event)
    assert response.json() == {"outcome": "paid late, refunded"}
    assert _state(registration, payment) == (S.NOT_PAID, PaymentStatus.PAID)
    refund = Refund.objects.get(payment=payment)
    assert refund.status == Refund.Status.SUCCEEDED
    (call,) = stripe_api.calls("POST", "/v1/refunds")
    assert call.idempotency_key == f"vmca-refund-{refund.pk}"
    assert call.param("amount") == str(PRICE)
    assert call.param("payment_intent") == payment.payment_intent_id
    assert refund.provider_refund_id in stripe_api.refunds
    assert _invoices(payment, Invoice.Kind.CREDIT_NOTE) == 1


def test_events_for_payments_of_other_sites_are_recorded_and_answered_200(client, stripe_api):
    event = stripe_api.add_event(
        "checkout.session.completed",
        {"id": "cs_other", "client_reference_id": "SHOP-1", "payment_status": "paid"},
    )
    assert deliver(client, event).json() == {"outcome": "unknown payment"}
    assert PaymentEvent.objects.get().payment is None
    assert deliver(client, event).json() == {"outcome": "duplicate"}


def test_event_types_we_do_not_use_are_recorded(client, stripe_api):
    event = stripe_api.add_event("customer.created", {"id": "cus_1"})
    assert deliver(client, event).json() == {"outcome": "ignored: type"}
    assert PaymentEvent.objects.get().type == "customer.created"


# Three deliveries at the same moment -------------------------------------------------------------


@pytest.mark.usefixtures("site_tree")
@pytest.mark.django_db(transaction=True)
def test_three_concurrent_deliveries_of_one_event_change_things_once(stripe_api):
    catalogue()
    registration, payment = awaiting_payment(paid_edition())
    event = _paid_event(stripe_api, payment)
    payload = json.dumps(event)
    barrier = threading.Barrier(3)
    answers = []

    def post():
        try:
            signature = sign(payload)
            barrier.wait(timeout=30)
            response = Client().post(
                webhook_url(),
                data=payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=signature,
            )
            answers.append((response.status_code, response.json()["outcome"]))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(answers) == [(200, "confirmed"), (200, "duplicate"), (200, "duplicate")]
    assert PaymentEvent.objects.filter(event_id=event["id"]).count() == 1
    assert _state(registration, payment) == (S.CONFIRMED, PaymentStatus.PAID)
    assert _confirmations(registration) == 1
    assert _invoices(payment) == 1
    assert Registration.objects.filter(pk=registration.pk, status=S.CONFIRMED).count() == 1
    assert Payment.objects.filter(registration=registration).count() == 1
