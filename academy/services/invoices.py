"""Invoices and credit notes: one series of numbers per year (2026-0001, 2026-0002, ...).

The number is taken in the transaction that creates the invoice row, under the year's
counter row lock: two invoices never share a number, and an invoice whose transaction
rolls back gives its number back, so the series has no gaps. The PDF is rendered later,
outside any lock (academy.invoice_pdf), from what the row states.

Who a document is addressed to is decided once, in addressee(): the organisation from the
billing fields when they were filled in, otherwise the person. The row keeps a copy, and
the admin asks the same function.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from ..links import registration_language
from ..models import Invoice, InvoiceCounter, PaymentMethod, PaymentSettings
from .locking import set_lock_timeout


def next_invoice_number(year):
    """(sequence, number) for a new invoice; must run inside the invoice's transaction."""
    set_lock_timeout()
    updated = InvoiceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    if not updated:
        try:
            with transaction.atomic():  # a savepoint: another request may create it first
                InvoiceCounter.objects.create(year=year, last_number=1)
        except IntegrityError:
            InvoiceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    sequence = InvoiceCounter.objects.values_list("last_number", flat=True).get(year=year)
    return sequence, f"{year}-{sequence:04d}"


def vat_part(amount_cents, rate):
    """The VAT inside a price that includes it, rounded to the cent."""
    rate = Decimal(rate or 0)
    if not rate:
        return 0
    vat = Decimal(amount_cents) * rate / (Decimal(100) + rate)
    return int(vat.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def seller_details(settings_row):
    return {
        "name": settings_row.organisation_name,
        "address": settings_row.address,
        "postcode_city": settings_row.postcode_city,
        "email": settings_row.email,
        "phone": settings_row.phone,
        "kvk": settings_row.kvk_number,
        "vat_number": settings_row.vat_number,
        "iban": settings_row.iban,
        "footer": settings_row.footer,
    }


def describe(registration):
    edition = registration.edition
    title = edition.course.title if edition.course_id else str(edition)
    first = edition.first_start
    if first is None:
        return title
    return f"{title} – {timezone.localtime(first):%d-%m-%Y}"


@dataclass(frozen=True)
class Addressee:
    """Who an invoice or receipt is addressed to."""

    name: str
    organisation: str = ""
    address: str = ""
    reference: str = ""
    email: str = ""


def has_billing(payment):
    """Did someone fill in the billing fields (an organisation pays)? Only then does the
    document go to an organisation; the profile's organisation never counts."""
    return any(
        (value or "").strip()
        for value in (
            payment.billing_organisation,
            payment.billing_address,
            payment.billing_postcode,
            payment.billing_city,
        )
    )


def addressee(payment):
    """The one rule for who an invoice or receipt is addressed to, used by the documents
    and the admin. Billing fields filled in: the organisation from those fields
    (for the attention of the contact, or the participant), at the billing address. Left
    empty: the person who registered, by name, without the organisation in their profile
    (they paid themselves)."""
    participant = payment.registration.participant
    if not has_billing(payment):
        return Addressee(name=participant.full_name, email=participant.email)
    address = "\n".join(
        line
        for line in (
            payment.billing_address.strip(),
            f"{payment.billing_postcode.strip()} {payment.billing_city.strip()}".strip(),
        )
        if line
    )
    return Addressee(
        name=payment.billing_contact.strip() or participant.full_name,
        organisation=payment.billing_organisation.strip(),
        address=address,
        reference=payment.billing_reference.strip(),
        email=payment.billing_email.strip() or participant.email,
    )


def _recipient(payment):
    to = addressee(payment)
    return {
        "recipient_name": to.name,
        "recipient_organisation": to.organisation,
        "recipient_address": to.address,
        "recipient_reference": to.reference,
        "recipient_email": to.email,
    }


def _issue(payment, kind, amount_cents, now, **extra):
    settings_row = PaymentSettings.load()
    year = timezone.localtime(now).year
    sequence, number = next_invoice_number(year)
    return Invoice.objects.create(
        number=number,
        year=year,
        sequence=sequence,
        kind=kind,
        payment=payment,
        issued_at=now,
        language=registration_language(payment.registration),
        description=describe(payment.registration)[:400],
        amount_cents=amount_cents,
        vat_rate=settings_row.vat_rate,
        vat_cents=vat_part(amount_cents, settings_row.vat_rate),
        vat_note=settings_row.vat_note if not settings_row.vat_rate else "",
        seller=seller_details(settings_row),
        **_recipient(payment),
        **extra,
    )


def issue_invoice(payment, *, now=None):
    """The invoice for a payment: a bill to pay (by invoice) or a receipt (paid online).
    Once per payment; a second call returns the first invoice."""
    now = now or timezone.now()
    existing = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
    if existing is not None:
        return existing
    due_date = None
    if payment.method == PaymentMethod.INVOICE:
        term = PaymentSettings.load().payment_term_days
        due_date = timezone.localtime(now).date() + dt.timedelta(days=term)
    return _issue(payment, Invoice.Kind.INVOICE, payment.amount_cents, now, due_date=due_date)


def issue_credit_note(payment, amount_cents, *, refund=None, now=None):
    """A credit note for part or all of the payment's invoice (a refund, or an invoice that
    will not be paid because the registration ended)."""
    now = now or timezone.now()
    invoice = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
    if invoice is None:
        return None
    if refund is not None:
        existing = Invoice.objects.filter(refund=refund).first()
        if existing is not None:
            return existing
    return _issue(
        payment, Invoice.Kind.CREDIT_NOTE, -abs(amount_cents), now, refund=refund, corrects=invoice
    )
