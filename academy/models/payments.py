"""Payments for paid trainings: online through a provider (Stripe Checkout, or the local
test mode), or by invoice; refunds; the provider events already applied; and the
invoices and credit notes with their one unbroken series of numbers.

Amounts are integer cents in euros. What an invoice states is copied onto its row when
it is issued, so the PDF says the same after prices or VMCA's own details change.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .certificates import private_storage


class PaymentMethod(models.TextChoices):
    ONLINE = "online", _("Online (iDEAL, creditcard of Bancontact)")
    INVOICE = "factuur", _("Op factuur")


class PaymentStatus(models.TextChoices):
    OPEN = "open", _("Wacht op betaling")
    PROCESSING = "verwerken", _("Betaling wordt verwerkt")
    PAID = "betaald", _("Betaald")
    FAILED = "mislukt", _("Mislukt")
    EXPIRED = "verlopen", _("Verlopen")
    CANCELLED = "geannuleerd", _("Geannuleerd")


# A payment in one of these may still become paid; at most one per registration.
UNSETTLED_PAYMENT_STATUSES = (PaymentStatus.OPEN, PaymentStatus.PROCESSING)
ACTIVE_PAYMENT_STATUSES = (*UNSETTLED_PAYMENT_STATUSES, PaymentStatus.PAID)


class Payment(models.Model):
    registration = models.ForeignKey(
        "academy.Registration",
        verbose_name=_("aanmelding"),
        on_delete=models.PROTECT,
        related_name="payments",
    )
    method = models.CharField(_("manier van betalen"), max_length=10, choices=PaymentMethod.choices)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=PaymentStatus.choices,
        default=PaymentStatus.OPEN,
        db_index=True,
    )
    amount_cents = models.PositiveIntegerField(_("bedrag in centen"))
    currency = models.CharField(_("valuta"), max_length=3, default="EUR", editable=False)
    # The sum of refunds asked for and not failed: never more than the amount.
    refunded_cents = models.PositiveIntegerField(_("terugbetaald in centen"), default=0)

    # "stripe" or "test" for online payments (which gateway made the checkout), "" for invoices.
    provider = models.CharField(_("betaaldienst"), max_length=10, blank=True)
    # Our own reference: Stripe's client_reference_id and the idempotency key of the checkout.
    reference = models.CharField(_("kenmerk"), max_length=40, unique=True)
    checkout_session_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    checkout_url = models.URLField(max_length=2000, blank=True)
    payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    # The place is held until then; a Checkout session not paid by then ends.
    expires_at = models.DateTimeField(_("plek vastgehouden tot"), null=True, blank=True)
    paid_at = models.DateTimeField(_("betaald op"), null=True, blank=True)
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)
    failure_reason = models.CharField(_("reden"), max_length=300, blank=True)
    marked_paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("als betaald gemarkeerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Paying by invoice: who the invoice is for.
    billing_organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    billing_contact = models.CharField(_("ter attentie van"), max_length=160, blank=True)
    billing_address = models.CharField(_("adres"), max_length=200, blank=True)
    billing_postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    billing_city = models.CharField(_("plaats"), max_length=80, blank=True)
    billing_reference = models.CharField(_("uw kenmerk of inkoopnummer"), max_length=60, blank=True)
    billing_email = models.EmailField(_("e-mailadres voor de factuur"), blank=True)

    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=models.Q(status__in=ACTIVE_PAYMENT_STATUSES),
                name="one_active_payment_per_registration",
            ),
            models.CheckConstraint(
                condition=models.Q(refunded_cents__lte=models.F("amount_cents")),
                name="refunds_never_exceed_the_payment",
            ),
        ]
        permissions = [
            ("refund_payment", _("Kan betalingen terugbetalen")),
            ("mark_invoice_paid", _("Kan facturen als betaald markeren")),
            ("export_payments", _("Kan betalingen exporteren")),
        ]

    def __str__(self):
        return f"{self.reference} ({self.get_status_display()})"

    @property
    def is_settled(self):
        return self.status not in UNSETTLED_PAYMENT_STATUSES

    @property
    def refundable_cents(self):
        if self.status != PaymentStatus.PAID:
            return 0
        return self.amount_cents - self.refunded_cents

    @property
    def is_test(self):
        return self.provider == "test"


class Refund(models.Model):
    class Status(models.TextChoices):
        PENDING = "bezig", _("Wordt terugbetaald")
        SUCCEEDED = "gelukt", _("Terugbetaald")
        FAILED = "mislukt", _("Mislukt")

    payment = models.ForeignKey(
        Payment, verbose_name=_("betaling"), on_delete=models.PROTECT, related_name="refunds"
    )
    amount_cents = models.PositiveIntegerField(
        _("bedrag in centen"), validators=[MinValueValidator(1)]
    )
    reason = models.CharField(_("reden"), max_length=300)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    # Set for refunds made by the participant's cancellation or a cancelled edition.
    automatic = models.BooleanField(_("automatisch"), default=False)
    provider_refund_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("terugbetaling")
        verbose_name_plural = _("terugbetalingen")
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.payment.reference}: {self.amount_cents} ({self.get_status_display()})"


class PaymentEvent(models.Model):
    """A provider event: stored when it arrives, applied once. The unique id makes a second
    delivery of the same event a no-op, whichever process receives it.

    The webhook only stores the verified event and answers; a task applies it (Stripe asks
    for a quick answer, and a burst of payments must not queue up behind each other's
    locks). An event that was stored but not applied is picked up by sync_payments."""

    event_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100)
    payment = models.ForeignKey(
        Payment, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    # "webhook", "sync" (the catch-up command) or "test" (the local test mode).
    source = models.CharField(max_length=10)
    # The event as the provider sent it, kept until it is applied.
    payload = models.JSONField(default=dict, blank=True)
    outcome = models.CharField(max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at_provider = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("betaalgebeurtenis")
        verbose_name_plural = _("betaalgebeurtenissen")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.type} {self.event_id}"


def invoice_path(invoice, filename):
    return f"facturen/{invoice.year}/{filename}"


class InvoiceCounter(models.Model):
    """The last invoice number of a year. Incremented under a row lock in the transaction
    that creates the invoice, so numbers never repeat, and a rollback takes its number back
    with it, so they never skip."""

    year = models.PositiveSmallIntegerField(unique=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("factuurteller")
        verbose_name_plural = _("factuurtellers")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class Invoice(models.Model):
    class Kind(models.TextChoices):
        INVOICE = "factuur", _("Factuur")
        CREDIT_NOTE = "creditnota", _("Creditnota")

    number = models.CharField(_("factuurnummer"), max_length=20, unique=True)
    year = models.PositiveSmallIntegerField(_("jaar"))
    sequence = models.PositiveIntegerField(_("volgnummer"))
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    payment = models.ForeignKey(
        Payment, verbose_name=_("betaling"), on_delete=models.PROTECT, related_name="invoices"
    )
    refund = models.OneToOneField(
        Refund,
        verbose_name=_("terugbetaling"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="credit_note",
    )
    # A credit note points to the invoice it corrects.
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("corrigeert"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="credit_notes",
    )
    issued_at = models.DateTimeField(_("datum"))
    due_date = models.DateField(_("te betalen voor"), null=True, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl")

    # What the invoice states, as it was when it was issued. Credit notes are negative.
    description = models.CharField(_("omschrijving"), max_length=400)
    amount_cents = models.IntegerField(_("bedrag in centen, inclusief btw"))
    vat_rate = models.DecimalField(
        _("btw-tarief (procent)"), max_digits=4, decimal_places=1, default=Decimal("0")
    )
    vat_cents = models.IntegerField(_("btw in centen"), default=0)
    vat_note = models.CharField(_("btw-regel"), max_length=300, blank=True)
    recipient_name = models.CharField(_("naam"), max_length=200)
    recipient_organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    recipient_address = models.TextField(_("adres"), blank=True)
    recipient_reference = models.CharField(_("kenmerk"), max_length=60, blank=True)
    recipient_email = models.EmailField(_("e-mailadres"), blank=True)
    seller = models.JSONField(_("gegevens van VMCA"), default=dict, blank=True)

    file = models.FileField(
        _("bestand"), storage=private_storage, upload_to=invoice_path, blank=True
    )
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, editable=False)
    size = models.PositiveIntegerField(_("grootte in bytes"), default=0, editable=False)

    class Meta:
        verbose_name = _("factuur")
        verbose_name_plural = _("facturen")
        ordering = ["-year", "-sequence"]
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="one_invoice_per_number"),
            models.UniqueConstraint(
                fields=["payment"],
                condition=models.Q(kind="factuur"),
                name="one_invoice_per_payment",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"

    @property
    def amount_excluding_vat_cents(self):
        return self.amount_cents - self.vat_cents


@register_setting(icon="form")
class PaymentSettings(BaseGenericSetting):
    """VMCA's details on invoices and receipts, and the VAT rule."""

    organisation_name = models.CharField(
        _("naam van de organisatie"),
        max_length=200,
        default="Vrijwilligers en Mantelzorg Centrale Almere",
    )
    address = models.CharField(_("adres"), max_length=200, blank=True)
    postcode_city = models.CharField(_("postcode en plaats"), max_length=120, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=20, blank=True)
    vat_number = models.CharField(_("btw-nummer"), max_length=20, blank=True)
    iban = models.CharField(_("IBAN"), max_length=34, blank=True)
    vat_rate = models.DecimalField(
        _("btw-tarief (procent)"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("0"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Prijzen zijn inclusief btw. 0 betekent: geen btw."),
    )
    vat_note = models.CharField(
        _("btw-regel"),
        max_length=300,
        blank=True,
        default="Vrijgesteld van btw (artikel 11 Wet op de omzetbelasting).",
        help_text=_("Staat op de factuur, bijvoorbeeld waarom er geen btw wordt gerekend."),
    )
    payment_term_days = models.PositiveSmallIntegerField(
        _("betaaltermijn in dagen"), default=14, validators=[MaxValueValidator(120)]
    )
    footer = models.CharField(_("voettekst"), max_length=300, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldRowPanel([FieldPanel("address"), FieldPanel("postcode_city")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel(
                    [FieldPanel("kvk_number"), FieldPanel("vat_number"), FieldPanel("iban")]
                ),
            ],
            heading=_("Gegevens van VMCA"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("vat_rate"), FieldPanel("payment_term_days")]),
                FieldPanel("vat_note"),
                FieldPanel("footer"),
            ],
            heading=_("Facturen"),
        ),
    ]

    class Meta:
        verbose_name = _("betalingen en facturen")
