"""Vacancies, the changes to a live one that wait for VMCA, and VMCA's decisions."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .choices import ChangeStatus, Commitment, Decision, VacancyStatus, VogCost


class Vacancy(models.Model):
    organisation = models.ForeignKey(
        "cms.Partner",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="vacancies",
    )
    title = models.CharField(_("titel"), max_length=120)
    summary = models.CharField(
        _("in één zin"), max_length=200, help_text=_("Komt in de lijst met vacatures.")
    )
    tasks = models.TextField(_("wat de vrijwilliger doet"), max_length=4000)
    offer = models.TextField(_("wat de vrijwilliger krijgt"), blank=True, max_length=2000)
    training = models.BooleanField(_("training via de Vrijwilligersacademie"), default=False)
    expense_allowance = models.BooleanField(_("onkostenvergoeding"), default=False)
    vog = models.CharField(
        _("VOG"), max_length=20, choices=VogCost.choices, default=VogCost.NOT_NEEDED, blank=True
    )

    commitment = models.CharField(
        _("soort inzet"), max_length=20, choices=Commitment.choices, default=Commitment.REGULAR
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("uren per week"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(40)],
        help_text=_("Bij een eenmalige klus: het aantal uren in totaal."),
    )
    days = models.PositiveSmallIntegerField(_("dagen"), default=0)
    day_parts = models.PositiveSmallIntegerField(_("dagdelen"), default=0)

    street_address = models.CharField(_("adres"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    wijk = models.ForeignKey(
        "cms.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="vacancies",
    )
    remote = models.BooleanField(_("online of vanuit huis"), default=False)

    themes = models.ManyToManyField("cms.Theme", verbose_name=_("thema's"), blank=True)
    audiences = models.ManyToManyField(
        "cms.Audience",
        verbose_name=_("voor wie het werk is"),
        blank=True,
        related_name="vacancies",
    )
    for_young_people = models.BooleanField(
        _("geschikt voor jongeren en maatschappelijke stage"), default=False
    )
    little_dutch = models.BooleanField(_("weinig Nederlands nodig"), default=False)
    guidance = models.BooleanField(
        _("met begeleiding, ook voor wie verder van werk af staat"), default=False
    )
    places = models.PositiveSmallIntegerField(
        _("aantal plekken"), default=1, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )

    contact_name = models.CharField(_("contactpersoon"), max_length=150)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"))
    contact_phone = models.CharField(_("telefoonnummer contactpersoon"), max_length=40, blank=True)

    start_date = models.DateField(_("begindatum"), null=True, blank=True)
    end_date = models.DateField(_("einddatum"), null=True, blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=VacancyStatus.choices, default=VacancyStatus.DRAFT
    )
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    # Set when VMCA approves (and by "verlengen"): the end date, or the set time after
    # approval when that comes first. volunteering.rules decides what it means.
    expires_on = models.DateField(_("verloopt op"), null=True, blank=True)
    expiry_reminder_sent_on = models.DateField(
        _("herinnering verlopen gestuurd op"), null=True, blank=True
    )
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    returned_reason = models.TextField(_("reden teruggestuurd"), blank=True, max_length=2000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemaakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    posted_by_staff = models.BooleanField(_("geplaatst door VMCA"), default=False)
    created = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    updated = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")
        ordering = ["-published_at", "-pk"]
        # The search lists live vacancies newest first: with this index SQLite reads the
        # first page in order and stops. (An index on the expiry date as well made it
        # choose that one and sort every live vacancy: 4.4 ms instead of 0.2 ms for 5,000.)
        indexes = [models.Index(fields=["status", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="volunteering_vacancy_end_after_start",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def slug(self):
        return slugify(self.title)[:80] or "vacature"


class VacancyChange(models.Model):
    """A change an organisation made to a live vacancy. The public keeps seeing the
    approved text until VMCA approves the change; `data` holds the new field values."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacature"), on_delete=models.CASCADE, related_name="changes"
    )
    data = models.JSONField(_("nieuwe gegevens"))
    status = models.CharField(
        _("status"), max_length=20, choices=ChangeStatus.choices, default=ChangeStatus.PENDING
    )
    submitted_at = models.DateTimeField(_("ingediend op"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("wijziging van een vacature")
        verbose_name_plural = _("wijzigingen van vacatures")
        ordering = ["submitted_at"]
        constraints = [
            # One change at a time waits for VMCA; a newer edit replaces its data.
            models.UniqueConstraint(
                fields=["vacancy"],
                condition=models.Q(status="wacht"),
                name="volunteering_one_pending_change",
            )
        ]

    def __str__(self):
        return f"{self.vacancy} ({self.get_status_display()})"


class ModerationDecision(models.Model):
    """VMCA's check of a vacancy or of a change, with the criteria staff ticked."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacature"), on_delete=models.CASCADE, related_name="decisions"
    )
    change = models.ForeignKey(
        VacancyChange,
        verbose_name=_("wijziging"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    decision = models.CharField(_("besluit"), max_length=20, choices=Decision.choices)
    checklist = models.JSONField(_("criteria"), default=dict)
    reason = models.TextField(_("reden"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besluit door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("besluit op"))

    class Meta:
        verbose_name = _("controle van een vacature")
        verbose_name_plural = _("controles van vacatures")
        ordering = ["-decided_at"]

    def __str__(self):
        return f"{self.vacancy}: {self.get_decision_display()}"
