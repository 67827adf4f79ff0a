"""What the academy e-mails say about money: paid or by invoice, the invoice itself, a
refund and its credit note. Called by academy.mailer.mail_context; amounts are written in
the site's one money format."""

from django.urls import NoReverseMatch, reverse
from django.utils import formats

from .formatting import format_money
from .links import absolute_url
from .models import Invoice, PaymentMethod, PaymentStatus, Refund


def load(name, value):
    """The row behind an id stored on an outbox mail; LookupError when it is gone (the
    mail is then retried and finally marked failed, like a certificate mail)."""
    model = {"invoice_id": Invoice, "refund_id": Refund}[name]
    found = model.objects.filter(pk=value).first()
    if found is None:
        raise LookupError(f"{model.__name__} {value} is gone")
    return found


def _invoice_url(registration, invoice):
    if invoice is None:
        return ""
    try:
        path = reverse(
            "academy:invoice_by_token",
            kwargs={"token": registration.token, "invoice_id": invoice.pk},
        )
    except NoReverseMatch:  # the download is not installed (yet): the mail still goes
        return ""
    return absolute_url(path)


def _enrol_url(registration):
    return absolute_url(reverse("academy:enrol", args=[registration.edition_id]))


def _current_payment(registration):
    payments = list(registration.payments.order_by("-created", "-pk"))
    for payment in payments:
        if payment.status in (PaymentStatus.OPEN, PaymentStatus.PROCESSING, PaymentStatus.PAID):
            return payment
    return payments[0] if payments else None


def payment_context(registration, extra):
    extra = extra or {}
    payment = _current_payment(registration) if registration.price_cents else None
    context = {
        "payment": payment,
        "pays_by_invoice": payment is not None and payment.method == PaymentMethod.INVOICE,
        "paid_text": format_money(payment.amount_cents)
        if payment is not None
        and payment.method == PaymentMethod.ONLINE
        and payment.status == PaymentStatus.PAID
        else "",
        "is_test_payment": payment is not None and payment.is_test,
        "enrol_url": _enrol_url(registration),
    }
    if context["paid_text"]:
        # Paid online: the receipt (an invoice marked paid) was issued with the payment.
        receipt = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        context["receipt_url"] = _invoice_url(registration, receipt)
    invoice = extra.get("invoice")
    if invoice is not None:
        context.update(
            invoice_number=invoice.number,
            invoice_amount=format_money(invoice.amount_cents),
            invoice_due=formats.date_format(invoice.due_date, "j F Y") if invoice.due_date else "",
            invoice_url=_invoice_url(registration, invoice),
            invoice_is_receipt=invoice.payment.method == PaymentMethod.ONLINE,
            invoice_iban=(invoice.seller or {}).get("iban", ""),
            invoice_seller=(invoice.seller or {}).get("name", ""),
        )
    refund = extra.get("refund")
    if refund is not None:
        credit_note = Invoice.objects.filter(refund=refund).first()
        context.update(
            refund_amount=format_money(refund.amount_cents),
            refund_by_transfer=refund.payment.method == PaymentMethod.INVOICE,
            is_test_payment=refund.payment.is_test,
            credit_note=credit_note,
            credit_note_url=_invoice_url(registration, credit_note),
        )
    return context
