"""Invoices, receipts and credit notes: the payer's overview in Mijn academie, the
downloads (signed in, or with the registration's secret token from the e-mail) and the
staff download the payments admin links to.

Each download serves the stored file (academy.invoice_pdf stores it the first time), so
it is the same document every time, with its hash as ETag. Someone else's invoice
answers 404, exactly like one that does not exist.
"""

import logging

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..downloads import private, stored_pdf
from ..invoice_pdf import invoice_filename, stored_invoice
from ..models import Invoice, Payment, Refund
from .common import current_participant, registration_by_token_or_404, render_with_status

logger = logging.getLogger(__name__)

STAFF_PERMISSION = "academy.view_payment"
PAYMENTS_PER_PAGE = 20
# A registration moved to another date takes its payment along; the e-mail link of the
# first registration still finds the invoice through at most this many moves.
MAX_MOVES = 10


def _unavailable(request):
    context = {
        "heading": _("Factuur niet beschikbaar"),
        "message": _("Deze factuur is er nu even niet. Probeer het later opnieuw."),
        "back_url": reverse("academy:my_invoices"),
        "back_label": _("Naar betalingen en facturen"),
        "crumb_title": _("Factuur"),
    }
    response = render_with_status(request, "academy/file_unavailable.html", context, 503)
    response["Retry-After"] = "60"
    return private(response)


def _stream(request, invoice):
    """The stored PDF as an attachment. A render or storage fault is logged and the person
    gets a friendly page, not a server error."""
    try:
        invoice = stored_invoice(invoice)
        return stored_pdf(request, invoice.file, invoice.sha256, invoice_filename(invoice))
    except Exception:
        logger.exception("Invoice %s could not be stored or read", invoice.pk)
        return _unavailable(request)


def _invoices():
    return Invoice.objects.select_related(
        "payment__registration__participant", "corrects", "refund"
    )


# Mijn academie ------------------------------------------------------------------------------


@login_required
@require_GET
def my_invoices(request):
    """Every payment of the signed-in person: status, amount, refunds and its documents."""
    participant = current_participant(request)
    payments = (
        Payment.objects.filter(registration__participant=participant)
        .select_related("registration__edition__course", "registration__edition__event_page")
        .prefetch_related(
            Prefetch("invoices", queryset=Invoice.objects.order_by("year", "sequence")),
            Prefetch("refunds", queryset=Refund.objects.order_by("created", "pk")),
        )
        .order_by("-created", "-pk")
    )
    page = Paginator(payments, PAYMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "participant": participant,
        "payments": page,
        "page_obj": page,
        "crumb_title": _("Betalingen en facturen"),
    }
    return private(render_with_status(request, "academy/mine/payments.html", context))


@login_required
@require_GET
def my_invoice(request, invoice_id):
    participant = current_participant(request)
    invoice = _invoices().filter(pk=invoice_id, payment__registration__participant=participant)
    invoice = invoice.first()
    if invoice is None:
        raise Http404
    return _stream(request, invoice)


def _moved_chain(registration):
    """The registration and the ones it was moved to (the payment moves along)."""
    ids, current = [registration.pk], registration
    for _step in range(MAX_MOVES):
        if not current.moved_to_id or current.moved_to_id in ids:
            break
        ids.append(current.moved_to_id)
        current = type(registration).objects.only("pk", "moved_to").get(pk=current.moved_to_id)
    return ids


@require_GET
def invoice_by_token(request, token, invoice_id):
    """The link in the e-mail: an invoice of this registration, without signing in."""
    registration = registration_by_token_or_404(token)
    invoice = (
        _invoices().filter(pk=invoice_id, payment__registration_id__in=_moved_chain(registration))
    ).first()
    if invoice is None:
        raise Http404
    return _stream(request, invoice)


# Staff ----------------------------------------------------------------------------------------


@require_GET
def academy_admin_invoice_pdf(request, invoice_id):
    """For the payments admin (registered in wagtail_hooks, behind the admin login)."""
    if not (request.user.is_active and request.user.has_perm(STAFF_PERMISSION)):
        raise PermissionDenied
    invoice = _invoices().filter(pk=invoice_id).first()
    if invoice is None:
        raise Http404
    return _stream(request, invoice)
