"""Certificates: the proof that someone completed a course, with the points they earned.

What the certificate says is copied onto the row when it is issued, so verification keeps
working and shows the same facts after the course page changes or the participant's
personal data is anonymised. The PDF is rendered once and stored with its hash.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.files import private_storage

from .codes import grouped, new_certificate_code


def certificate_path(certificate, filename):
    return f"certificaten/{certificate.issued_at:%Y/%m}/{filename}"


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    class Kind(models.TextChoices):
        PARTICIPATION = "deelname", _("Bewijs van deelname")
        ACCREDITATION = "accreditatie", _("Certificaat met accreditatiepunten")

    registration = models.ForeignKey(
        "academy.Registration",
        verbose_name=_("aanmelding"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(
        _("controlecode"), max_length=32, unique=True, default=new_certificate_code, editable=False
    )
    kind = models.CharField(_("soort"), max_length=14, choices=Kind.choices)
    language = models.CharField(_("taal"), max_length=8, default="nl")

    # What the certificate states, as it was on the day it was issued.
    participant_name = models.CharField(_("naam"), max_length=200)
    course_title = models.CharField(_("training"), max_length=255)
    first_date = models.DateField(_("eerste datum"))
    last_date = models.DateField(_("laatste datum"))
    hours = models.DecimalField(_("uren"), max_digits=6, decimal_places=2, null=True, blank=True)
    register_name = models.CharField(_("register"), max_length=120, blank=True)
    register_number = models.CharField(_("registratienummer"), max_length=40, blank=True)
    accreditation_id = models.CharField(_("accreditatienummer"), max_length=60, blank=True)
    points = models.DecimalField(_("punten"), max_digits=5, decimal_places=1, null=True, blank=True)

    file = models.FileField(
        _("bestand"), storage=private_storage, upload_to=certificate_path, blank=True
    )
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, editable=False)
    size = models.PositiveIntegerField(_("grootte in bytes"), default=0, editable=False)

    issued_at = models.DateTimeField(_("uitgegeven op"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uitgegeven door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingetrokken door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoke_reason = models.CharField(_("reden van intrekken"), max_length=300, blank=True)
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("vervangt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")
        ordering = ["-issued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_registration",
            )
        ]
        permissions = [
            ("issue_certificate", _("Kan certificaten uitgeven")),
            ("revoke_certificate", _("Kan certificaten intrekken")),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.display_code} – {self.participant_name}"

    @property
    def display_code(self):
        return grouped(self.code)

    @property
    def is_revoked(self):
        return self.revoked_at is not None


class CertificateRun(models.Model):
    """Issuing the certificates of one edition in the background, with its progress.

    Re-running after a crash continues where it stopped: registrations that already
    hold a valid certificate are skipped (the database allows only one)."""

    class Status(models.TextChoices):
        QUEUED = "wacht", _("Wacht op de achtergrondtaak")
        RUNNING = "bezig", _("Bezig")
        DONE = "klaar", _("Klaar")
        FAILED = "mislukt", _("Mislukt")

    edition = models.ForeignKey(
        "academy.Edition",
        verbose_name=_("editie"),
        on_delete=models.CASCADE,
        related_name="certificate_runs",
    )
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default="wacht")
    total = models.PositiveIntegerField(_("totaal"), default=0)
    processed = models.PositiveIntegerField(_("verwerkt"), default=0)
    issued = models.PositiveIntegerField(_("uitgegeven"), default=0)
    skipped = models.PositiveIntegerField(_("al uitgegeven of niet afgerond"), default=0)
    failed = models.PositiveIntegerField(_("mislukt"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestart door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen op"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    heartbeat = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("uitgifte van certificaten")
        verbose_name_plural = _("uitgiftes van certificaten")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.edition}: {self.processed}/{self.total}"

    @property
    def percent(self):
        return round(100 * self.processed / self.total) if self.total else 100


class AccreditationExport(models.Model):
    """A record of each list handed to a register (PE-online), so staff see what went out."""

    class Format(models.TextChoices):
        NUMBERS = "nummers", _("Lijst met registratienummers")
        CSV = "csv", _("Presentielijst (CSV)")
        XLSX = "xlsx", _("Presentielijst (Excel)")

    edition = models.ForeignKey(
        "academy.Edition",
        verbose_name=_("editie"),
        on_delete=models.CASCADE,
        related_name="accreditation_exports",
    )
    register = models.ForeignKey(
        "academy.AccreditationRegister",
        verbose_name=_("register"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    format = models.CharField(_("soort lijst"), max_length=8, choices=Format.choices)
    participant_count = models.PositiveIntegerField(_("aantal deelnemers"), default=0)
    exported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    exported_at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("export voor een register")
        verbose_name_plural = _("exports voor registers")
        ordering = ["-exported_at", "-pk"]

    def __str__(self):
        return f"{self.edition} – {self.register.short_name} ({self.get_format_display()})"
