"""What the import of the old WordPress site keeps (issue 19).

`WordPressItem` remembers which page each WordPress post or page became, so a second
import with a newer export updates that page instead of making another, and leaves alone
what an editor changed or deleted here since. `WordPressImport` is one import started
from the admin: the uploaded export, its progress and its report.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..files import private_storage


def export_path(run, filename):
    return f"wordpress/{run.created:%Y/%m}/{filename}"


class WordPressItem(models.Model):
    """One post or page of the old WordPress site and the page it became here."""

    source = models.CharField(
        _("oude site"), max_length=200, help_text=_("Het adres van de WordPress-site.")
    )
    wp_id = models.PositiveBigIntegerField(_("WordPress-nummer"))
    post_type = models.CharField(_("soort"), max_length=40)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        # A page an editor deleted stays deleted: the next import sees the empty link.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A hash of what was imported (title, text, dates, terms, status). The next export
    # only updates the page when it differs.
    fingerprint = models.CharField(max_length=64, editable=False)
    # The revision the import saved. When the page has a newer one, an editor changed it
    # here and the import does not overwrite it.
    revision_id = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    imported_at = models.DateTimeField(_("eerst geïmporteerd"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("geïmporteerd WordPress-bericht")
        verbose_name_plural = _("geïmporteerde WordPress-berichten")
        constraints = [
            models.UniqueConstraint(fields=["source", "wp_id"], name="unique_wordpress_item")
        ]

    def __str__(self):
        return f"{self.post_type} {self.wp_id}"


class WordPressImport(models.Model):
    """An import started from the admin; a background task does the work."""

    class Status(models.TextChoices):
        QUEUED = "wacht", _("Wacht op de achtergrondtaak")
        RUNNING = "bezig", _("Bezig")
        DONE = "klaar", _("Klaar")
        STOPPED = "gestopt", _("Gestopt")
        FAILED = "mislukt", _("Mislukt")

    export_file = models.FileField(
        _("exportbestand"), storage=private_storage, upload_to=export_path, max_length=255
    )
    filename = models.CharField(_("bestandsnaam"), max_length=255)
    dry_run = models.BooleanField(
        _("alleen proberen"),
        default=False,
        help_text=_("Laat zien wat de import zou doen, zonder iets te veranderen."),
    )
    category_map = models.TextField(_("indeling van categorieën"), blank=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default="wacht")
    total = models.PositiveIntegerField(_("totaal"), default=0)
    processed = models.PositiveIntegerField(_("verwerkt"), default=0)
    current = models.CharField(_("nu bezig met"), max_length=255, blank=True)
    counts = models.JSONField(_("aantallen"), default=dict, blank=True)
    report = models.TextField(_("verslag"), blank=True)
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
        verbose_name = _("WordPress-import")
        verbose_name_plural = _("WordPress-imports")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def percent(self):
        return round(100 * self.processed / self.total) if self.total else 0
