"""The calls the site makes to Stripe, against the local fake API: what a Checkout session
is made with, idempotency, refunds, Stripe being down, and the commands that catch up
(sync_payments, expire_payments, retry_refunds)."""

import datetime as dt
import io
import socket
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from academy.models import (
    Invoice,
    OutgoingMail,
    Payment,
    PaymentEvent,
    PaymentStatus,
    Refund,
    RegistrationStatus,
)
from academy.payments.gateway import GatewayError
from academy.payments.stripe import StripeGateway
from academy.services import charges, invoices, payments

from .conftest_stripe import (
    PRICE,
    awaiting_payment,
    deliver,
    paid_edition,
    stripe_api_fixture,  # noqa: F401 (the stripe_api fixture)
)

S = RegistrationStatus
pytestmark = pytest.mark.usefixtures("academy")
URLS = {"success_url": "https://vmca.test/klaar", "cancel_url": "https://vmca.test/terug"}


def _closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _command(name, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(name, *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def _paid(client, stripe_api, payment):
    """The person paid and the webhook said so."""
    stripe_api.complete_session(payment.checkout_session_id, "paid")
    deliver(client, stripe_api.session_event(payment.checkout_session_id, "completed"))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PAID
    return payment


def _past_hold(payment):
    Payment.objects.filter(pk=payment.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )


# Checkout -----------------------------------------------------------------------------------------


def test_checkout_session_is_made_with_our_amount_reference_and_key(stripe_api):
    before = time.time()
    registration, payment = awaiting_payment(paid_edition())
    (call,) = stripe_api.calls("POST", "/v1/checkout/sessions")
    assert call.authorization == "Bearer sk_test_vmca_fake"
    assert call.idempotency_key == f"vmca-checkout-{payment.reference}"
    assert call.param("mode") == "payment"
    assert call.param("line_items[0][price_data][currency]") == "eur"
    assert call.param("line_items[0][price_data][unit_amount]") == str(PRICE)
    assert call.param("line_items[0][price_data][product_data][name]")
    assert call.param("line_items[0][quantity]") == "1"
    assert call.param("client_reference_id") == payment.reference
    for prefix in ("metadata", "payment_intent_data[metadata]"):
        assert call.param(f"{prefix}[registration_id]") == str(registration.pk)
        assert call.param(f"{prefix}[payment_reference]") == payment.reference
    assert call.param("customer_email") == registration.participant.email
    assert call.param("locale") == "nl"
    assert int(call.param("expires_at")) >= before + 30 * 60
    assert call.param("success_url") == URLS["success_url"]
    # Payment methods come from the Stripe dashboard, not from us.
    assert not [key for key in call.params if key.startswith("payment_method_types")]
    session = stripe_api.sessions[payment.checkout_session_id]
    assert payment.checkout_url == session["url"]
    assert payment.provider == "stripe"


def test_starting_checkout_twice_gives_one_session(stripe_api):
    _, payment = awaiting_payment(paid_edition(), checkout=False)
    first = payments.start_checkout(payment, **URLS)
    second = payments.start_checkout(payment, **URLS)
    assert first == second
    assert len(stripe_api.sessions) == 1
    # The same call again at Stripe (our answer got lost) replays the same session.
    description = invoices.describe(payment.registration)
    again = StripeGateway().create_checkout(payment, description=description, locale="nl", **URLS)
    assert again.session_id == payment.checkout_session_id
    assert len(stripe_api.sessions) == 1


def test_a_session_never_ends_sooner_than_stripe_allows(stripe_api):
    _, payment = awaiting_payment(paid_edition(), checkout=False)
    Payment.objects.filter(pk=payment.pk).update(
        expires_at=timezone.now() + dt.timedelta(minutes=2)
    )
    payment.refresh_from_db()
    payments.start_checkout(payment, **URLS)
    (call,) = stripe_api.calls("POST", "/v1/checkout/sessions")
    assert int(call.param("expires_at")) >= time.time() + 30 * 60


def test_a_failing_stripe_is_retried_with_the_same_key(stripe_api):
    stripe_api.fail_next(1, status=500)
    _, payment = awaiting_payment(paid_edition())
    calls = stripe_api.calls("POST", "/v1/checkout/sessions")
    assert len(calls) == 2
    assert {c.idempotency_key for c in calls} == {f"vmca-checkout-{payment.reference}"}
    assert payment.checkout_session_id in stripe_api.sessions


@pytest.mark.parametrize("how", ["500", "port closed"])
def test_checkout_while_stripe_is_down_is_a_gateway_error(stripe_api, settings, how):
    _, payment = awaiting_payment(paid_edition(), checkout=False)
    if how == "500":
        stripe_api.fail_next(3, status=500)
    else:
        settings.STRIPE_API_BASE = _closed_port_url()
    with pytest.raises(GatewayError) as caught:
        payments.start_checkout(payment, **URLS)
    assert not caught.value.permanent
    assert "opnieuw" in str(caught.value.message)
    payment.refresh_from_db()
    assert payment.checkout_session_id is None and payment.checkout_url == ""
    assert payment.status == PaymentStatus.OPEN


def test_retrieve_says_what_stripe_knows(stripe_api):
    _, payment = awaiting_payment(paid_edition())
    state = StripeGateway().retrieve_checkout(payment.checkout_session_id)
    assert (state.status, state.payment_status, state.payment_intent_id) == ("open", "unpaid", "")
    stripe_api.complete_session(payment.checkout_session_id)
    state = StripeGateway().expire_checkout(payment.checkout_session_id)
    assert (state.status, state.payment_status) == ("complete", "paid")
    assert state.payment_intent_id.startswith("pi_")


# Refunds ------------------------------------------------------------------------------------------


def test_refund_goes_to_stripe_with_an_idempotency_key_and_gets_a_credit_note(
    client, stripe_api, django_capture_on_commit_callbacks
):
    _, payment = awaiting_payment(paid_edition())
    payment = _paid(client, stripe_api, payment)
    with django_capture_on_commit_callbacks(execute=True):
        refund = payments.refund(payment, 2000, "Uitval door ziekte")
    refund.refresh_from_db()
    (call,) = stripe_api.calls("POST", "/v1/refunds")
    assert call.idempotency_key == f"vmca-refund-{refund.pk}"
    assert call.param("amount") == "2000"
    assert call.param("payment_intent") == payment.payment_intent_id
    assert call.param("metadata[payment_reference]") == payment.reference
    assert refund.status == Refund.Status.SUCCEEDED
    assert refund.provider_refund_id in stripe_api.refunds
    note = Invoice.objects.get(payment=payment, kind=Invoice.Kind.CREDIT_NOTE)
    assert note.amount_cents == -2000
    assert OutgoingMail.objects.filter(kind="refund", registration=payment.registration).exists()
    # Running it again changes nothing and asks Stripe nothing.
    charges.execute_refund(refund.pk)
    assert len(stripe_api.calls("POST", "/v1/refunds")) == 1


@pytest.mark.parametrize("how", ["500", "port closed"])
def test_refund_while_stripe_is_down_waits_for_retry_refunds(
    client, stripe_api, settings, django_capture_on_commit_callbacks, how
):
    _, payment = awaiting_payment(paid_edition())
    payment = _paid(client, stripe_api, payment)
    fake_base = settings.STRIPE_API_BASE
    if how == "500":
        stripe_api.fail_next(3, status=500)
    else:
        settings.STRIPE_API_BASE = _closed_port_url()
    with django_capture_on_commit_callbacks(execute=True):
        refund = payments.refund(payment, PRICE, "Training gaat niet door")
    refund.refresh_from_db()
    assert refund.status == Refund.Status.PENDING
    assert refund.attempts == 1 and refund.last_error
    assert not Invoice.objects.filter(payment=payment, kind=Invoice.Kind.CREDIT_NOTE).exists()
    settings.STRIPE_API_BASE = fake_base
    output = _command("retry_refunds")
    refund.refresh_from_db()
    assert refund.status == Refund.Status.SUCCEEDED, output
    assert "Tried 1 refund(s)" in output
    keys = {c.idempotency_key for c in stripe_api.calls("POST", "/v1/refunds")}
    assert keys == {f"vmca-refund-{refund.pk}"}
    assert len(stripe_api.refunds) == 1
    assert Invoice.objects.filter(payment=payment, kind=Invoice.Kind.CREDIT_NOTE).count() == 1
    assert "Tried 0 refund(s)" in _command("retry_refunds")


def test_a_refund_stripe_refuses_fails_for_good(
    client, stripe_api, django_capture_on_commit_callbacks
):
    _, payment = awaiting_payment(paid_edition())
    payment = _paid(client, stripe_api, payment)
    Payment.objects.filter(pk=payment.pk).update(payment_intent_id="pi_unknown_to_stripe")
    with django_capture_on_commit_callbacks(execute=True):
        refund = payments.refund(payment, 1000, "Coulance")
    refund.refresh_from_db()
    payment.refresh_from_db()
    assert refund.status == Refund.Status.FAILED
    assert "pi_unknown_to_stripe" in refund.last_error
    assert payment.refunded_cents == 0  # the amount can be refunded again


# Catching up -------------------------------------------------------------------------------------


def test_sync_payments_applies_what_the_webhook_missed_and_skips_the_rest(client, stripe_api):
    ed = paid_edition()
    (_, seen), (missed_registration, missed) = (
        awaiting_payment(ed),
        awaiting_payment(ed),
    )
    _paid(client, stripe_api, seen)  # its event came through the webhook
    stripe_api.complete_session(missed.checkout_session_id, "paid")
    stripe_api.session_event(missed.checkout_session_id, "completed")  # never delivered
    old = stripe_api.session_event(missed.checkout_session_id, "failed")
    old_created = time.time() - 100 * 3600
    stripe_api.events[-1]["created"] = int(old_created)  # older than --since: not asked for
    # Many events of another site on the same Stripe account: more than one page.
    for number in range(105):
        stripe_api.add_event(
            "checkout.session.expired", {"id": f"cs_other_{number}", "client_reference_id": "X"}
        )
    stripe_api.add_event("customer.created", {"id": "cus_1"})  # a type we do not ask for

    output = _command("sync_payments")
    assert "107 event(s)" in output
    assert "106 applied, 1 already applied, 0 failed" in output
    missed_registration.refresh_from_db()
    assert missed_registration.status == S.CONFIRMED
    assert PaymentEvent.objects.get(payment=missed).source == "sync"
    assert not PaymentEvent.objects.filter(event_id=old["id"]).exists()
    (list_call, *more_pages) = stripe_api.calls("GET", "/v1/events")
    assert list_call.param("limit") == "100" and len(more_pages) == 1
    assert list_call.param("types[0]") == "checkout.session.completed"
    assert int(list_call.param("created[gte]")) == pytest.approx(time.time() - 72 * 3600, abs=60)

    again = _command("sync_payments", "--since", "200")
    assert "108 event(s)" in again
    assert "1 applied, 107 already applied" in again
    missed_registration.refresh_from_db()
    assert missed_registration.status == S.CONFIRMED  # the old "failed" changes nothing


def test_sync_payments_in_test_mode_has_nothing_to_do(settings):
    settings.STRIPE_SECRET_KEY = ""
    assert "nothing to sync" in _command("sync_payments")


def test_sync_payments_says_when_stripe_is_down(stripe_api, settings):
    from django.core.management.base import CommandError

    settings.STRIPE_API_BASE = _closed_port_url()
    with pytest.raises(CommandError, match="cannot be reached"):
        _command("sync_payments")


def test_expire_payments_confirms_a_session_stripe_says_is_paid(stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    stripe_api.complete_session(payment.checkout_session_id, "paid")  # webhook never came
    _past_hold(payment)
    output = _command("expire_payments")
    assert "confirmed: 1" in output
    registration.refresh_from_db()
    payment.refresh_from_db()
    assert (registration.status, payment.status) == (S.CONFIRMED, PaymentStatus.PAID)
    assert (
        payment.payment_intent_id
        == stripe_api.sessions[payment.checkout_session_id]["payment_intent"]
    )


def test_expire_payments_ends_an_open_session_and_frees_the_place(stripe_api):
    registration, payment = awaiting_payment(paid_edition())
    _past_hold(payment)
    assert "place released: 1" in _command("expire_payments")
    registration.refresh_from_db()
    assert registration.status == S.NOT_PAID
    assert stripe_api.sessions[payment.checkout_session_id]["status"] == "expired"
    assert "Handled 0 payment(s)" in _command("expire_payments")


def test_expire_payments_keeps_the_hold_while_stripe_is_down(stripe_api, settings):
    registration, payment = awaiting_payment(paid_edition())
    _past_hold(payment)
    settings.STRIPE_API_BASE = _closed_port_url()
    assert "Handled 0 payment(s)" in _command("expire_payments")
    registration.refresh_from_db()
    assert registration.status == S.AWAITING_PAYMENT


def test_sync_payments_applies_events_the_webhook_stored_but_did_not_apply(stripe_api):
    """In production the webhook only stores the event and a worker applies it. If the
    worker was down, the stored event is applied by the next sync, once."""
    from academy.services.stripe_events import store_stripe_event

    registration, payment = awaiting_payment(paid_edition())
    stripe_api.complete_session(payment.checkout_session_id, "paid")
    event = stripe_api.session_event(payment.checkout_session_id, "completed")
    assert store_stripe_event(event) is True
    assert store_stripe_event(event) is False  # a second delivery is only a duplicate
    registration.refresh_from_db()
    assert registration.status == S.AWAITING_PAYMENT  # stored, not applied yet
    PaymentEvent.objects.filter(event_id=event["id"]).update(
        received_at=timezone.now() - dt.timedelta(minutes=5)
    )

    output = _command("sync_payments")
    assert "Stored events: 1 applied, 0 failed again." in output
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    stored = PaymentEvent.objects.get(event_id=event["id"])
    assert stored.applied_at is not None and stored.source == "webhook"
    assert stored.payload == {}  # not kept once applied
