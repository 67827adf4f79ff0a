"""Invoices, receipts and credit notes as PDF/A, with the one PDF renderer (cms.pdf).

What the document states comes from the Invoice row (its snapshot of the amounts, VAT,
recipient and VMCA's details), so a later change of prices or settings does not change
an invoice. The file is rendered the first time someone needs it (a download, a mail)
and stored once in the private storage with its hash: every later download is the same
document, byte for byte. Two first downloads at the same moment may both render, but a
conditional UPDATE lets only one file become the invoice's; the other is deleted and its
request serves the winner's bytes.
"""

import hashlib
import logging
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from cms.pdf import render_pdf
from events.calendar.spec import AMSTERDAM

from .formatting import format_money
from .models import Invoice, PaymentMethod

logger = logging.getLogger(__name__)

TEMPLATE = "academy/pdf/invoice.html"
STYLESHEETS = ("css/pdf.css", "css/invoice.css")


def invoice_filename(invoice):
    """factuur-2026-0001.pdf (a credit note: creditnota-2026-0002.pdf)."""
    prefix = "creditnota" if invoice.kind == Invoice.Kind.CREDIT_NOTE else "factuur"
    return f"{prefix}-{invoice.number}.pdf"


def _day(value):
    if value is None:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "j F Y")


def _rate(rate):
    """21 or 9,5 (9.5 in English): a VAT rate as people write it."""
    text = f"{Decimal(rate or 0).normalize():f}"
    return text if translation.get_language() == "en" else text.replace(".", ",")


def is_receipt(invoice):
    """An invoice for an online payment is issued when it is paid: a receipt."""
    return invoice.kind == Invoice.Kind.INVOICE and invoice.payment.method == PaymentMethod.ONLINE


def _title(invoice):
    if invoice.kind == Invoice.Kind.CREDIT_NOTE:
        return gettext("Creditnota")
    if is_receipt(invoice):
        return gettext("Factuur (betaald)")
    return gettext("Factuur")


def _vat_line(invoice):
    if invoice.vat_rate:
        return gettext("btw %(rate)s %%") % {"rate": _rate(invoice.vat_rate)}, format_money(
            invoice.vat_cents
        )
    return "", ""


def _status_lines(invoice):
    """What the document says about paying. Only facts fixed when the invoice was issued,
    so the stored file is right whenever it is first rendered."""
    payment = invoice.payment
    seller = invoice.seller or {}
    if invoice.kind == Invoice.Kind.CREDIT_NOTE:
        corrected = invoice.corrects.number if invoice.corrects_id else ""
        refund = invoice.refund
        if refund is None:
            return [
                gettext(
                    "Deze creditnota maakt factuur %(number)s ongedaan. U hoeft die factuur "
                    "niet meer te betalen."
                )
                % {"number": corrected}
            ]
        if payment.method == PaymentMethod.ONLINE:
            return [
                gettext(
                    "Wij hebben %(amount)s terugbetaald op %(day)s, naar de rekening of kaart "
                    "waarmee u betaalde."
                )
                % {
                    "amount": format_money(abs(invoice.amount_cents)),
                    "day": _day(refund.completed_at or invoice.issued_at),
                }
            ]
        return [
            gettext("Wij maken %(amount)s naar uw rekening over.")
            % {"amount": format_money(abs(invoice.amount_cents))}
        ]
    if is_receipt(invoice):
        lines = [
            gettext("Betaald op %(day)s met een online betaling (kenmerk %(reference)s).")
            % {"day": _day(payment.paid_at or invoice.issued_at), "reference": payment.reference}
        ]
        if payment.is_test:
            lines.append(gettext("Testbetaling: er is geen echt geld betaald."))
        return lines
    if invoice.due_date is None:
        return []
    return [
        gettext(
            "Te betalen vóór %(day)s op IBAN %(iban)s ten name van %(name)s, "
            "onder vermelding van factuurnummer %(number)s."
        )
        % {
            "day": _day(invoice.due_date),
            "iban": seller.get("iban", "") or "-",
            "name": seller.get("name", ""),
            "number": invoice.number,
        }
    ]


def _participant_name(invoice):
    """The participant, when the invoice goes to someone else (an employer)."""
    participant = invoice.payment.registration.participant
    name = participant.full_name
    if participant.anonymised or not name or name == invoice.recipient_name:
        return ""
    return name


def invoice_context(invoice):
    vat_label, vat_amount = _vat_line(invoice)
    return {
        "invoice": invoice,
        "seller": invoice.seller or {},
        "language": invoice.language,
        "title": _title(invoice),
        "is_credit_note": invoice.kind == Invoice.Kind.CREDIT_NOTE,
        "corrects": invoice.corrects.number if invoice.corrects_id else "",
        "issued_on": _day(invoice.issued_at),
        "due_on": _day(invoice.due_date),
        "address_lines": [line for line in invoice.recipient_address.splitlines() if line],
        "participant_name": _participant_name(invoice),
        "amount": format_money(invoice.amount_cents),
        "subtotal": format_money(invoice.amount_excluding_vat_cents),
        "vat_label": vat_label,
        "vat_amount": vat_amount,
        "vat_note": "" if invoice.vat_rate else invoice.vat_note,
        "total": format_money(invoice.amount_cents),
        "status_lines": _status_lines(invoice),
        "payment_reference": invoice.payment.reference,
    }


def _with_relations(invoice):
    return (
        Invoice.objects.select_related(
            "payment__registration__participant", "corrects", "refund"
        ).get(pk=invoice.pk)
        if invoice.pk
        else invoice
    )


def render_invoice(invoice):
    """The PDF bytes of an invoice or credit note (not stored)."""
    with translation.override(invoice.language or "nl"), timezone.override(AMSTERDAM):
        return render_pdf(TEMPLATE, invoice_context(invoice), stylesheets=STYLESHEETS)


def _discard(storage, name):
    try:
        storage.delete(name)
    except Exception:
        logger.exception("Could not delete the unused invoice file %s", name)


def stored_invoice(invoice):
    """The invoice with its file: rendered and stored the first time, as it is after.
    Safe to call from two requests at once: both get the same stored file."""
    if invoice.file.name:
        return invoice
    fresh = _with_relations(invoice)
    if fresh.file.name:
        return fresh
    pdf = render_invoice(fresh)
    digest = hashlib.sha256(pdf).hexdigest()
    storage = fresh.file.storage
    # The storage picks a free name, so a racing request never overwrites this file.
    name = storage.save(
        fresh.file.field.generate_filename(fresh, invoice_filename(fresh)), ContentFile(pdf)
    )
    won = Invoice.objects.filter(pk=fresh.pk, file="").update(
        file=name, sha256=digest, size=len(pdf)
    )
    if not won:
        _discard(storage, name)
    fresh.refresh_from_db(fields=["file", "sha256", "size"])
    return fresh


def invoice_pdf_bytes(invoice):
    """The stored PDF of an invoice (stored first if needed), e.g. for a mail attachment."""
    invoice = stored_invoice(invoice)
    with invoice.file.open("rb") as handle:
        return handle.read()
