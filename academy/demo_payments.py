"""Demo payments, all in the local test mode: nobody pays real money.

Professionals who sign up for a paid training in the demo pay at once (a test-mode
"paid" event, through the same service as Stripe's webhooks), so the demo editions are
as full as before. On top of that, a few stories staff can look at under
Academie → Betalingen:

- an organisation that pays by invoice and has not paid yet;
- an organisation whose invoice staff already marked paid;
- a professional who got part of the money back, with a credit note;
- a professional who did not finish paying: the place was released (niet betaald).

VMCA's invoice details (PaymentSettings) get made-up demo values. Safe to run again:
each story belongs to its own demo person, and a person who has a registration is
left alone.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone

from . import demo_content as content
from . import rules
from .models import (
    Edition,
    EditionStatus,
    Participant,
    ParticipantType,
    Payment,
    PaymentMethod,
    PaymentSettings,
    PaymentStatus,
    Refund,
    RegistrationStatus,
)
from .services import charges, payments
from .services import registration as engine

SETTINGS = {
    "organisation_name": "Vrijwilligers en Mantelzorg Centrale Almere",
    "address": "Voorbeeldpassage 10",
    "postcode_city": "1300 AB Almere",
    "email": "academie@vmca.example",
    "phone": "036 000 11 00",
    "kvk_number": "00000000",
    "iban": "NL00TEST0123456789",
    "vat_rate": 0,
    "vat_note": "Vrijgesteld van btw (artikel 11 Wet op de omzetbelasting).",
    "footer": "Dit is een voorbeeld. Deze gegevens zijn verzonnen.",
}

# One demo person per story: (first name, last name, e-mail, organisation).
INVOICE_OPEN = ("Samira", "Benali", "s.benali@zorggroep.example", "Zorggroep De Linde (voorbeeld)")
INVOICE_PAID = (
    "Ruud",
    "Hoekstra",
    "r.hoekstra@welzijn.example",
    "Welzijn Almere Poort (voorbeeld)",
)
EXPIRED = ("Jeroen", "Smit", "jeroen.smit@mail.example", "")

BILLING = {
    INVOICE_OPEN: {
        "contact": "Afdeling Opleidingen",
        "address": "Voorbeeldlaan 12",
        "postcode": "1300 CD",
        "city": "Almere",
        "reference": "INK-2026-0147",
        "email": "opleidingen@zorggroep.example",
    },
    INVOICE_PAID: {
        "contact": "Ruud Hoekstra",
        "address": "Voorbeeldweg 7",
        "postcode": "1300 EF",
        "city": "Almere",
        "reference": "PO 5531",
        "email": "crediteuren@welzijn.example",
    },
}
REFUND_AMOUNT_CENTS = 1500
REFUND_REASON = "Eén bijeenkomst gemist door ziekte. Afgesproken: € 15,00 terug."
EXPIRED_REASON = "Niet op tijd betaald (demo)."


def pay_held_place(registration):
    """A demo professional pays at once, in test mode, so the place is confirmed."""
    if registration.status != RegistrationStatus.AWAITING_PAYMENT:
        return registration
    payment = payments.open_payment(registration)
    if payment is not None:
        payments.apply_outcome(
            payment,
            "paid",
            event_id=f"demo-paid-{payment.reference}",
            event_type="demo.paid",
            source="test",
        )
    registration.refresh_from_db()
    return registration


def build_payments(builder):
    """The payment stories and VMCA's invoice details; see the module's docstring."""
    _settings()
    staff = get_user_model().objects.filter(username=content.STAFF_ACCOUNT["username"]).first()
    _invoice_story(INVOICE_OPEN, mark_paid_by=None)
    _invoice_story(INVOICE_PAID, mark_paid_by=staff)
    _expired_story()
    _partial_refund_story(staff)
    _settle_test_refunds()


def _settings():
    row = PaymentSettings.load()
    if row.address:
        return  # filled in before (by the demo or by a person): leave it
    for field, value in SETTINGS.items():
        setattr(row, field, value)
    row.save()


def _person(story):
    first, last, email, organisation = story
    person, _ = Participant.objects.get_or_create(
        first_name=first,
        last_name=last,
        user=None,
        defaults={
            "email": email,
            "organisation": organisation,
            "participant_type": ParticipantType.PROFESSIONAL,
        },
    )
    return person


def _paid_edition_with_room(room=3):
    """An upcoming open edition of a paid training with places to spare: the story never
    fills an edition (a full edition in the demo always has a waiting list)."""
    editions = (
        Edition.objects.with_counts()
        .filter(
            status=EditionStatus.OPEN,
            first_start__gt=timezone.now(),
            course__prices__participant_type=ParticipantType.PROFESSIONAL,
            course__prices__amount_cents__gt=0,
        )
        .select_related("course")
        .order_by("first_start", "pk")
    )
    for edition in editions:
        counts = rules.place_counts(edition)
        if rules.free_places(edition, counts) >= room and not counts.waiting:
            return edition
    return None


def _invoice_story(story, *, mark_paid_by):
    person = _person(story)
    if person.registrations.exists():
        return
    edition = _paid_edition_with_room()
    if edition is None:
        return
    billing = charges.Billing(organisation=story[3], **BILLING[story])
    registration = engine.register(edition.pk, person, engine.Answers(), billing=billing)
    if mark_paid_by is not None:
        payment = registration.payments.get(method=PaymentMethod.INVOICE)
        payments.mark_invoice_paid(payment, by=mark_paid_by)


def _expired_story():
    person = _person(EXPIRED)
    if person.registrations.exists():
        return
    edition = _paid_edition_with_room()
    if edition is None:
        return
    registration = engine.register(edition.pk, person, engine.Answers())
    payment = payments.open_payment(registration)
    if payment is not None:
        payments.apply_outcome(
            payment,
            "expired",
            event_id=f"demo-expired-{payment.reference}",
            event_type="demo.expired",
            source="test",
            reason=EXPIRED_REASON,
        )


def _partial_refund_story(staff):
    if Refund.objects.filter(reason=REFUND_REASON).exists():
        return
    payment = (
        Payment.objects.filter(
            method=PaymentMethod.ONLINE,
            status=PaymentStatus.PAID,
            provider="test",
            refunded_cents=0,
            amount_cents__gt=REFUND_AMOUNT_CENTS,
            registration__status=RegistrationStatus.CONFIRMED,
            registration__participant__user=None,
        )
        .order_by("created", "pk")
        .first()
    )
    if payment is not None:
        payments.refund(payment, REFUND_AMOUNT_CENTS, REFUND_REASON, by=staff)


def _settle_test_refunds():
    """Test-mode refunds are paid out at once, so the credit notes exist when the demo is
    done (the task queued for them afterwards finds nothing left to do)."""
    pending = Refund.objects.filter(
        status=Refund.Status.PENDING, provider_refund_id=None, payment__provider="test"
    ).order_by("pk")
    for refund_id in pending.values_list("pk", flat=True):
        charges.execute_refund(refund_id)
