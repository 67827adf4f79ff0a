"""The payment rules of the registration engine, through the services (test-mode gateway)."""

import datetime as dt

import pytest
from django.utils import timezone

from academy.models import (
    Invoice,
    OutgoingMail,
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
)
from academy.services import charges, payments
from academy.services import registration as services
from academy.services.errors import EditionFull

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus
PRICE = 4500


@pytest.fixture
def paid_course(academy):
    return course(title="Betaalde training", prices={"professional": PRICE, "vrijwilliger": 0})


def professional():
    return participant(participant_type="professional")


def billing():
    return charges.Billing(
        organisation="Zorggroep De Linde",
        address="Lindelaan 4",
        postcode="1315 AB",
        city="Almere",
        reference="PO-778",
    )


def mail_kinds(registration):
    return sorted(
        OutgoingMail.objects.filter(registration=registration).values_list("kind", flat=True)
    )


def pay(payment, event_id="evt_paid"):
    return payments.apply_outcome(
        payment, "paid", event_id=event_id, event_type="test.paid", source="test"
    )


def test_a_paid_place_is_held_until_paid_and_counts_as_taken(paid_course):
    ed = edition(paid_course, capacity=1)
    registration = services.register(ed.pk, professional())
    assert registration.status == S.AWAITING_PAYMENT
    payment = registration.payments.get()
    assert (payment.method, payment.status, payment.amount_cents) == ("online", "open", PRICE)
    assert payment.expires_at - timezone.now() == pytest.approx(
        dt.timedelta(minutes=30), abs=dt.timedelta(seconds=30)
    )
    assert mail_kinds(registration) == []  # the confirmation comes with the payment
    # The held place is not free: the next person goes on the waiting list.
    assert services.register(ed.pk, professional()).status == S.WAITING
    with pytest.raises(EditionFull):
        services.register(ed.pk, professional(), allow_waiting_list=False)


def test_free_participants_of_a_paid_course_are_confirmed_at_once(paid_course):
    registration = services.register(edition(paid_course).pk, participant())
    assert registration.status == S.CONFIRMED
    assert not registration.payments.exists()


def test_paid_confirms_once_with_a_receipt(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    payment = registration.payments.get()
    assert pay(payment) == "confirmed"
    assert pay(payment) == "duplicate"
    assert pay(payment, event_id="evt_other") == "already paid"
    registration.refresh_from_db()
    payment.refresh_from_db()
    assert registration.status == S.CONFIRMED and registration.confirmed_at
    assert payment.status == PaymentStatus.PAID and payment.paid_at
    assert mail_kinds(registration) == ["confirmation"]
    receipt = payment.invoices.get()
    assert (receipt.kind, receipt.amount_cents) == (Invoice.Kind.INVOICE, PRICE)
    assert PaymentEvent.objects.filter(payment=payment).count() == 2


def test_failed_after_paid_changes_nothing(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    payment = registration.payments.get()
    pay(payment)
    assert payments.apply_outcome(payment, "failed", event_id="evt_fail") == "ignored: betaald"
    assert payments.apply_outcome(payment, "expired", event_id="evt_exp") == "ignored: betaald"
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_expiry_releases_the_place_and_offers_it_to_the_waiting_list(paid_course):
    ed = edition(paid_course, capacity=1)
    holder = services.register(ed.pk, professional())
    waiting = services.register(ed.pk, participant())
    payment = holder.payments.get()
    assert payments.apply_outcome(payment, "expired", event_id="evt_exp") == "place released"
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == S.NOT_PAID
    assert waiting.status == S.OFFERED
    assert "payment_not_received" in mail_kinds(holder)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.EXPIRED


def test_the_expiry_sweep_ends_only_holds_that_ran_out(paid_course):
    ed = edition(paid_course, capacity=3)
    early = services.register(ed.pk, professional())
    late = services.register(ed.pk, professional())
    later = timezone.now() + dt.timedelta(minutes=31)
    Payment.objects.filter(registration=late).update(expires_at=later + dt.timedelta(minutes=5))
    results = payments.expire_due_payments(now=later)
    assert list(results.values()) == ["place released"]
    assert Registration.objects.get(pk=early.pk).status == S.NOT_PAID
    assert Registration.objects.get(pk=late.pk).status == S.AWAITING_PAYMENT


def test_processing_keeps_the_place_until_the_bank_answers(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    payment = registration.payments.get()
    assert payments.apply_outcome(payment, "processing", event_id="evt_1") == "processing"
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PROCESSING and payment.expires_at is None
    assert payments.expire_due_payments(now=timezone.now() + dt.timedelta(days=2)) == {}
    assert payments.apply_outcome(payment, "paid", event_id="evt_2") == "confirmed"


def test_a_late_payment_gets_the_place_back_when_it_is_still_free(paid_course):
    registration = services.register(edition(paid_course, capacity=2).pk, professional())
    payment = registration.payments.get()
    payments.apply_outcome(payment, "expired", event_id="evt_exp")
    assert pay(payment) == "paid late, place given back"
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


def test_a_late_payment_is_refunded_when_the_place_is_gone(
    paid_course, django_capture_on_commit_callbacks
):
    ed = edition(paid_course, capacity=1)
    registration = services.register(ed.pk, professional())
    payment = registration.payments.get()
    payments.apply_outcome(payment, "expired", event_id="evt_exp")
    services.register(ed.pk, participant())  # takes the freed place
    with django_capture_on_commit_callbacks(execute=True):
        assert pay(payment) == "paid late, refunded"
    refund = payment.refunds.get()
    assert (refund.amount_cents, refund.status, refund.automatic) == (
        PRICE,
        Refund.Status.SUCCEEDED,
        True,
    )
    assert refund.credit_note.amount_cents == -PRICE


def test_cancelling_in_time_refunds_the_course_share(
    paid_course, django_capture_on_commit_callbacks
):
    paid_course.refund_percent = 50
    paid_course.save()
    registration = services.register(edition(paid_course).pk, professional())
    payment = registration.payments.get()
    pay(payment)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(registration)
    payment.refresh_from_db()
    refund = payment.refunds.get()
    assert (refund.amount_cents, refund.status) == (PRICE // 2, Refund.Status.SUCCEEDED)
    assert refund.provider_refund_id.startswith("test_re_")
    assert payment.refunded_cents == PRICE // 2
    assert "refund" in mail_kinds(registration)


def test_staff_cancelling_refunds_nothing_by_itself(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    pay(registration.payments.get())
    services.cancel(registration, by=services.CancelledBy.STAFF, reason="Niet gekomen")
    assert not Refund.objects.exists()


def test_cancelling_before_paying_ends_the_payment(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    services.cancel(registration)
    payment = registration.payments.get()
    assert payment.status == PaymentStatus.CANCELLED
    # A payment made anyway afterwards is refunded: the person chose to stop.
    assert pay(payment) == "paid late, refunded"


def test_a_cancelled_edition_refunds_everyone_in_full(
    paid_course, django_capture_on_commit_callbacks
):
    paid_course.refund_percent = 0
    paid_course.save()
    ed = edition(paid_course)
    paid = services.register(ed.pk, professional())
    pay(paid.payments.get())
    invoiced = services.register(ed.pk, professional(), billing=billing())
    holding = services.register(ed.pk, professional())
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_edition(ed, reason="De trainer is ziek.")
    assert paid.payments.get().refunds.get().amount_cents == PRICE
    invoice_payment = invoiced.payments.get()
    assert invoice_payment.status == PaymentStatus.CANCELLED
    assert (
        invoice_payment.invoices.filter(kind=Invoice.Kind.CREDIT_NOTE).get().amount_cents == -PRICE
    )
    assert holding.payments.get().status == PaymentStatus.CANCELLED


def test_paying_by_invoice_confirms_at_once_and_staff_mark_it_paid(paid_course):
    registration = services.register(edition(paid_course).pk, professional(), billing=billing())
    assert registration.status == S.CONFIRMED
    payment = registration.payments.get()
    assert (payment.method, payment.status) == (PaymentMethod.INVOICE, PaymentStatus.OPEN)
    invoice = payment.invoices.get()
    assert invoice.recipient_organisation == "Zorggroep De Linde"
    assert invoice.recipient_reference == "PO-778"
    assert invoice.due_date == timezone.localdate() + dt.timedelta(days=14)
    assert sorted(mail_kinds(registration)) == ["confirmation", "invoice"]
    payments.mark_invoice_paid(payment)
    payments.mark_invoice_paid(payment)  # twice is harmless
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PAID
    assert payment.invoices.count() == 1  # no second invoice as a receipt


def test_refunds_never_exceed_what_was_paid(paid_course):
    registration = services.register(edition(paid_course).pk, professional())
    payment = registration.payments.get()
    with pytest.raises(charges.InvalidRefund):
        payments.refund(payment, 100, "Te vroeg")  # not paid yet
    pay(payment)
    payments.refund(payment, 1000, "Korting achteraf")
    with pytest.raises(charges.InvalidRefund) as caught:
        payments.refund(payment, PRICE, "Te veel")
    assert "€ 35,00" in str(caught.value.message)
    with pytest.raises(charges.InvalidRefund):
        payments.refund(payment, 0, "Niets")
    with pytest.raises(charges.InvalidRefund):
        payments.refund(payment, 100, "  ")
    payment.refresh_from_db()
    assert payment.refunded_cents == 1000
    assert payment.refunds.count() == 1


def test_a_moved_registration_keeps_its_payment(paid_course):
    first, second = edition(paid_course), edition(paid_course, starts_in_days=30)
    registration = services.register(first.pk, professional())
    payment = registration.payments.get()
    pay(payment)
    moved = services.move(Registration.objects.get(pk=registration.pk), second.pk)
    payment.refresh_from_db()
    assert payment.registration_id == moved.pk
    assert moved.status == S.CONFIRMED


def test_an_accepted_offer_waits_for_payment(paid_course):
    ed = edition(paid_course, capacity=1)
    first = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, professional())
    services.cancel(first)
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED
    accepted = services.accept_offer(waiting)
    assert accepted.status == S.AWAITING_PAYMENT
    assert accepted.payments.get().status == PaymentStatus.OPEN


def test_an_event_for_an_unknown_payment_is_recorded_once():
    assert (
        payments.apply_outcome(None, "paid", event_id="evt_x", event_type="t") == "unknown payment"
    )
    assert payments.apply_outcome(None, "paid", event_id="evt_x", event_type="t") == "duplicate"
    assert PaymentEvent.objects.get().outcome == "unknown payment"


def test_the_data_export_lists_payments_and_invoices(paid_course):
    from academy.services import accounts

    from .conftest import user_with_participant

    user, person = user_with_participant(participant_type="professional")
    registration = services.register(edition(paid_course).pk, person, billing=billing())
    data = accounts.export_data(user)
    (payment,) = data["aanmeldingen"][0]["betalingen"]
    assert payment["bedrag_in_centen"] == PRICE and payment["manier"] == "factuur"
    assert payment["facturen"] == [registration.payments.get().invoices.get().number]
    assert data["aanmeldingen"][0]["factuurgegevens"]["organisation"] == "Zorggroep De Linde"


def test_deleting_the_account_in_time_refunds_a_paid_place(
    paid_course, django_capture_on_commit_callbacks
):
    from academy.services import accounts

    from .conftest import user_with_participant

    user, person = user_with_participant(participant_type="professional")
    registration = services.register(edition(paid_course).pk, person)
    pay(registration.payments.get())
    with django_capture_on_commit_callbacks(execute=True):
        accounts.delete_account(user)
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED
    refund = registration.payments.get().refunds.get()
    assert (refund.amount_cents, refund.status) == (PRICE, Refund.Status.SUCCEEDED)
