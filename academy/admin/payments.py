"""Payments in the admin ("Academie → Betalingen"): the listing with filters and the
export for the bookkeeping, one payment with everything that happened to it, and the two
things staff do by hand: refund (all or part, with a reason) and mark an invoice paid.

The views collect input and call academy.services.payments; the rules live there. A rule
that says no comes back as a PaymentError with a Dutch message and its 4xx status.
"""

import datetime as dt
import re
from decimal import Decimal

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from cms.readonly_admin import ReadOnlyViewSetMixin
from cms.spreadsheets import ListingExportMixin

from ..formatting import format_money
from ..models import Edition, Invoice, Payment, PaymentMethod, PaymentStatus, Refund
from ..services import audit
from ..services import payments as services
from ..services.invoices import addressee
from .actions import ServiceActionMixin
from .views import edition_url, local_date

URL_NAME = "academy_payments"
VIEW = "academy.view_payment"
REFUND = "academy.refund_payment"
MARK_PAID = "academy.mark_invoice_paid"
EXPORT = "academy.export_payments"
# The admin URL of a stored invoice or credit note PDF (academy's wagtail_hooks).
INVOICE_PDF_URL = "academy_admin_invoice_pdf"

# The listing is narrow: "Online" says enough there (the payment's page says the rest).
SHORT_METHODS = {PaymentMethod.ONLINE: _("Online"), PaymentMethod.INVOICE: _("Op factuur")}
PROVIDERS = [("stripe", "Stripe"), ("test", _("Testmodus")), ("geen", _("Geen (factuur)"))]


def payment_url(name, payment_id):
    return reverse(f"{URL_NAME}:{name}", args=(payment_id,))


def invoice_pdf_url(invoice):
    try:
        return reverse(INVOICE_PDF_URL, args=(invoice.pk,))
    except NoReverseMatch:
        return ""


def euros(cents):
    """Cents as a number of euros for a spreadsheet cell: 1250 → Decimal('12.50')."""
    return (Decimal(int(cents or 0)) / 100).quantize(Decimal("0.01"))


def payer_name(payment):
    return payment.registration.participant.full_name


def payer_organisation(payment):
    """The organisation the invoice or receipt is addressed to ("" when the person pays):
    the same rule as the documents (services.invoices.addressee)."""
    return addressee(payment).organisation


def net_cents(payment):
    """What VMCA keeps: the amount paid minus what went back. Nothing for unpaid ones."""
    if payment.status != PaymentStatus.PAID:
        return 0
    return payment.amount_cents - payment.refunded_cents


# Typing an amount ---------------------------------------------------------------------------


def parse_euros(text):
    """'12,50', '12.50', '€ 12', '1.250,00' → cents. Raises ValidationError otherwise."""
    cleaned = re.sub(r"[\s\u00a0€]", "", str(text or "")).removeprefix("EUR")
    if "," in cleaned:
        # Dutch: points group thousands, the comma starts the cents.
        whole, _sep, cents = cleaned.rpartition(",")
        if "," in whole or not re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+", whole):
            raise forms.ValidationError(_("Schrijf het bedrag zo: 12,50."), code="invalid")
        cleaned = whole.replace(".", "") + "." + cents
    match = re.fullmatch(r"(\d+)(?:\.(\d{1,2}))?", cleaned)
    if not match:
        raise forms.ValidationError(_("Schrijf het bedrag zo: 12,50."), code="invalid")
    whole, cents = match.groups()
    return int(whole) * 100 + int((cents or "0").ljust(2, "0"))


class RefundForm(forms.Form):
    amount = forms.CharField(
        label=_("Bedrag in euro"),
        max_length=20,
        error_messages={"required": _("Vul een bedrag in.")},
    )
    reason = forms.CharField(
        label=_("Reden"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("De reden staat bij de terugbetaling. De deelnemer ziet haar niet."),
        error_messages={"required": _("Vul een reden in.")},
    )

    def __init__(self, *args, refundable_cents=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].help_text = _(
            "Bijvoorbeeld 12,50. U kunt hoogstens %(amount)s terugbetalen."
        ) % {"amount": format_money(refundable_cents)}

    def clean_amount(self):
        cents = parse_euros(self.cleaned_data["amount"])
        if cents <= 0:
            raise forms.ValidationError(_("Vul een bedrag in dat groter is dan € 0,00."))
        return cents


# The listing --------------------------------------------------------------------------------


def _editions_with_payments(request):
    return (
        Edition.objects.filter(registrations__payments__isnull=False)
        .distinct()
        .select_related("course", "event_page")
        .order_by("-first_start", "-pk")
    )


class PaymentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=PaymentStatus.choices)
    method = django_filters.ChoiceFilter(
        label=_("Manier van betalen"), choices=PaymentMethod.choices
    )
    provider = django_filters.ChoiceFilter(
        label=_("Betaaldienst"), choices=PROVIDERS, method="filter_provider"
    )
    edition = django_filters.ModelChoiceFilter(
        label=_("Editie"), field_name="registration__edition", queryset=_editions_with_payments
    )
    van = django_filters.DateFilter(
        label=_("Datum vanaf"),
        field_name="created",
        method="filter_from",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    tot = django_filters.DateFilter(
        label=_("Datum tot en met"),
        field_name="created",
        method="filter_until",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    class Meta:
        model = Payment
        fields = ["status", "method"]

    def filter_provider(self, queryset, name, value):
        return queryset.filter(provider="" if value == "geen" else value)

    @staticmethod
    def _day_start(day):
        # A day in Almere, not in UTC: a payment at 00:30 belongs to that day.
        return timezone.make_aware(dt.datetime.combine(day, dt.time.min))

    def filter_from(self, queryset, name, value):
        return queryset.filter(created__gte=self._day_start(value))

    def filter_until(self, queryset, name, value):
        return queryset.filter(created__lt=self._day_start(value + dt.timedelta(days=1)))


class TestModeColumn(Column):
    cell_template_name = "academy/admin/includes/test_mode_cell.html"


# (key, heading, value) of the bookkeeping export, in the order of the columns. Amounts are
# Decimal euros: numbers in Excel, "12,50" in the CSV.
EXPORT_COLUMNS = [
    ("reference", _("Kenmerk"), lambda p: p.reference),
    ("created", _("Datum"), lambda p: timezone.localdate(p.created)),
    ("paid_at", _("Betaald op"), lambda p: timezone.localdate(p.paid_at) if p.paid_at else None),
    ("name", _("Naam"), payer_name),
    ("organisation", _("Organisatie"), payer_organisation),
    ("course", _("Training"), lambda p: p.registration.edition.title),
    (
        "edition_date",
        _("Datum editie"),
        lambda p: (
            timezone.localdate(p.registration.edition.first_start)
            if p.registration.edition.first_start
            else None
        ),
    ),
    ("method", _("Manier van betalen"), lambda p: p.get_method_display()),
    ("provider", _("Betaaldienst"), lambda p: dict(PROVIDERS).get(p.provider or "geen")),
    ("status", _("Status"), lambda p: p.get_status_display()),
    ("amount", _("Bedrag"), lambda p: euros(p.amount_cents)),
    ("refunded", _("Terugbetaald"), lambda p: euros(p.refunded_cents)),
    ("net", _("Netto ontvangen"), lambda p: euros(net_cents(p))),
    (
        "invoices",
        _("Factuurnummers"),
        lambda p: ", ".join(invoice.number for invoice in _sorted_invoices(p)),
    ),
    ("vat", _("Btw"), lambda p: euros(sum(i.vat_cents for i in p.invoices.all()))),
]


def _sorted_invoices(payment):
    return sorted(payment.invoices.all(), key=lambda invoice: (invoice.year, invoice.sequence))


class PaymentIndexView(ListingExportMixin, IndexView):
    export_sheet_title = _("Betalingen")
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not request.user.has_perm(EXPORT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = Payment.objects.select_related(
            "registration__participant",
            "registration__edition__course",
            "registration__edition__event_page",
        )
        if self.is_export:
            queryset = queryset.prefetch_related("invoices")
        return queryset

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        # Every word must match somewhere: "jan jansen" finds Jan Jansen, not every Jan.
        for word in self.search_query.split():
            queryset = queryset.filter(
                Q(reference__icontains=word)
                | Q(registration__participant__first_name__icontains=word)
                | Q(registration__participant__last_name__icontains=word)
                | Q(registration__participant__email__icontains=word)
                | Q(registration__participant__organisation__icontains=word)
                | Q(billing_organisation__icontains=word)
                | Q(billing_email__icontains=word)
            )
        return queryset

    # Export ------------------------------------------------------------------------------

    @cached_property
    def show_export_buttons(self):
        return self.request.user.has_perm(EXPORT)

    def get_filename(self):
        return f"betalingen-{timezone.localdate():%Y%m%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if response is not None:
            audit.log_list_export(
                self.request.user,
                kind=audit.PAYMENTS_LIST,
                export_format=spreadsheet_format,
                rows=audit.row_count(queryset),
                filters=[key for key in self.request.GET if key != "export"],
            )
        return response

    def to_row_dict(self, item):
        return {key: self._values[key](item) for key in self.list_export}

    # Listing -----------------------------------------------------------------------------

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "reference",
                label=_("Kenmerk"),
                get_url=lambda payment: payment_url("inspect", payment.pk),
                sort_key="reference",
            ),
            Column(
                "participant",
                accessor=lambda p: " – ".join(
                    filter(None, [payer_name(p), p.billing_organisation])
                ),
                label=_("Deelnemer"),
            ),
            Column("edition", accessor="registration.edition", label=_("Training en editie")),
            Column(
                "method",
                accessor=lambda p: SHORT_METHODS.get(p.method, p.method),
                label=_("Manier"),
                sort_key="method",
            ),
            Column("status", accessor="get_status_display", label=_("Status"), sort_key="status"),
            Column(
                "amount_cents",
                accessor=lambda p: format_money(p.amount_cents),
                label=_("Bedrag"),
                sort_key="amount_cents",
            ),
            Column(
                "refunded_cents",
                accessor=lambda p: format_money(p.refunded_cents) if p.refunded_cents else "–",
                label=_("Terugbetaald"),
                sort_key="refunded_cents",
            ),
            Column(
                "created",
                accessor=lambda p: local_date(p.created),
                label=_("Datum"),
                sort_key="created",
            ),
            TestModeColumn("is_test", label=_("Test")),
        ]


# One payment --------------------------------------------------------------------------------


def _payment_queryset():
    return Payment.objects.select_related(
        "registration__participant",
        "registration__edition__course",
        "registration__edition__event_page",
        "marked_paid_by",
    )


def may_mark_paid(user, payment):
    return (
        user.has_perm(MARK_PAID)
        and payment.method == PaymentMethod.INVOICE
        and payment.status == PaymentStatus.OPEN
    )


class PaymentInspectView(InspectView):
    template_name = "academy/admin/payment_inspect.html"
    page_title = _("Betaling")

    def get_object(self, queryset=None):
        return get_object_or_404(_payment_queryset(), pk=self.pk)

    def get_page_subtitle(self):
        return self.object.reference

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        payment = self.object
        user = self.request.user
        registration = payment.registration
        invoices = list(payment.invoices.order_by("year", "sequence"))
        context.update(
            payment=payment,
            registration=registration,
            registration_url=edition_url("registrations", registration.edition_id)
            + f"#aanmelding-{registration.pk}",
            invoices=[(invoice, invoice_pdf_url(invoice)) for invoice in invoices],
            refunds=list(payment.refunds.select_related("created_by").order_by("created", "pk")),
            events=list(payment.events.order_by("received_at", "pk")),
            net_cents=net_cents(payment),
            can_refund=user.has_perm(REFUND) and payment.refundable_cents > 0,
            can_mark_paid=may_mark_paid(user, payment),
            refund_url=payment_url("refund", payment.pk),
            mark_paid_url=payment_url("mark_paid", payment.pk),
            credit_note=Invoice.Kind.CREDIT_NOTE,
            refund_failed=Refund.Status.FAILED,
        )
        return context


class PaymentActionView(ServiceActionMixin, WagtailAdminTemplateMixin, FormView):
    """A staff action on one payment: GET shows the form, POST calls the service; a refusal
    shows the form again with its message and the error's 4xx status."""

    permission = None
    header_icon = "decimal"
    template_name = "academy/admin/payment_action.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_active and user.has_perm(VIEW) and user.has_perm(self.permission)):
            raise PermissionDenied
        self.payment = get_object_or_404(_payment_queryset(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.payment.reference

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(f"{URL_NAME}:index"), "label": _("Betalingen")},
            {"url": self.inspect_url, "label": self.payment.reference},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def inspect_url(self):
        return payment_url("inspect", self.payment.pk)

    def get_success_url(self):
        return self.inspect_url

    def refuse(self, form, error):
        form.add_error(None, error.message)
        return self.render_to_response(self.get_context_data(form=form), status=error.status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            payment=self.payment,
            registration=self.payment.registration,
            inspect_url=self.inspect_url,
        )
        return context


class RefundPaymentView(PaymentActionView):
    permission = REFUND
    page_title = _("Terugbetalen")
    submit_label = _("Terugbetalen")
    danger = True

    def get_form_class(self):
        return RefundForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["refundable_cents"] = self.payment.refundable_cents
        return kwargs

    def get_initial(self):
        refundable = self.payment.refundable_cents
        return {"amount": format_money(refundable).removeprefix("€ ") if refundable else ""}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        payment = self.payment
        if payment.status != PaymentStatus.PAID:
            context["not_possible"] = _(
                "Deze betaling is niet betaald. Alleen een betaalde betaling kan worden "
                "terugbetaald."
            )
        elif not payment.refundable_cents:
            context["not_possible"] = _("Deze betaling is al helemaal terugbetaald.")
        if payment.method == PaymentMethod.INVOICE:
            context["intro"] = _(
                "Deze deelnemer betaalde op factuur. U maakt het geld zelf over. Hier boekt u "
                "de terugbetaling en maakt u een creditnota."
            )
        else:
            context["intro"] = _(
                "Het geld gaat terug naar de rekening of kaart waarmee is betaald. "
                "De deelnemer krijgt een e-mail als het geld is teruggestort."
            )
        return context

    def refuse(self, form, error):
        if isinstance(error, services.InvalidRefund):
            # Too much, or not paid: about the amount the person typed.
            form.add_error("amount", error.message)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return super().refuse(form, error)

    def perform(self, form):
        amount = form.cleaned_data["amount"]
        services.refund(self.payment, amount, form.cleaned_data["reason"], by=self.request.user)
        values = {"amount": format_money(amount), "name": payer_name(self.payment)}
        if self.payment.method == PaymentMethod.INVOICE:
            return (
                _(
                    "%(amount)s is als terugbetaald geboekt en er is een creditnota gemaakt. "
                    "Maak het bedrag zelf over aan %(name)s."
                )
                % values
            )
        return (
            _(
                "De terugbetaling van %(amount)s aan %(name)s is gestart. "
                "%(name)s krijgt een e-mail als het geld is teruggestort."
            )
            % values
        )


class MarkInvoicePaidView(PaymentActionView):
    permission = MARK_PAID
    page_title = _("Factuur als betaald markeren")
    submit_label = _("Ja, de factuur is betaald")
    form_class = forms.Form
    intro = _(
        "Doe dit als het geld op de bankrekening van VMCA staat. De deelnemer krijgt geen e-mail."
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        payment = self.payment
        if payment.method != PaymentMethod.INVOICE:
            context["not_possible"] = _("Dit is geen betaling op factuur.")
        elif payment.status == PaymentStatus.PAID:
            context["not_possible"] = _("Deze factuur is al betaald.")
        elif payment.status != PaymentStatus.OPEN:
            context["not_possible"] = _(
                "Deze factuur is geannuleerd. Zij kan niet meer worden betaald."
            )
        context["invoice"] = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        return context

    def form_valid(self, form):
        if self.payment.status == PaymentStatus.PAID:
            # A second click (or a second tab): nothing to do, and that is fine.
            messages.info(self.request, _("Deze factuur was al als betaald gemarkeerd."))
            return redirect(self.get_success_url())
        return super().form_valid(form)

    def perform(self, form):
        services.mark_invoice_paid(self.payment, by=self.request.user)
        return _("De factuur van %(name)s is als betaald gemarkeerd.") % {
            "name": payer_organisation(self.payment) or payer_name(self.payment)
        }


# The viewset --------------------------------------------------------------------------------


class PaymentViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    """Read-only: payments are written by the payment services only."""

    model = Payment
    # Nothing links to these from pages; indexing them would cost every payment a task.
    add_to_reference_index = False
    name = URL_NAME
    url_prefix = "academie/betalingen"
    icon = "decimal"
    menu_label = _("Betalingen")
    menu_order = 250
    add_to_admin_menu = False
    inspect_view_enabled = True
    index_view_class = PaymentIndexView
    inspect_view_class = PaymentInspectView
    filterset_class = PaymentFilterSet
    # The listing searches itself (PaymentIndexView.search_queryset); this turns the box on.
    search_fields = ["reference"]
    search_backend_name = None
    ordering = "-created"
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/terugbetalen/", RefundPaymentView.as_view(), name="refund"),
            path("<int:pk>/factuur-betaald/", MarkInvoicePaidView.as_view(), name="mark_paid"),
        ]
