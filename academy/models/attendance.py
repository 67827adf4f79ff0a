"""Who came to which session: one row per registration and session, set by the trainer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AttendanceStatus(models.TextChoices):
    PRESENT = "aanwezig", _("Aanwezig")
    LATE = "te-laat", _("Te laat")
    ABSENT = "afwezig", _("Afwezig")
    # "Afgemeld" also names a cancelled registration; here it is an excused absence.
    EXCUSED = "afgemeld", pgettext_lazy("presentie", "Afgemeld")


# Being late still counts as being there; an excused absence does not.
ATTENDED_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class Attendance(models.Model):
    class Method(models.TextChoices):
        ROSTER = "lijst", _("Op de presentielijst")
        QR = "qr", _("QR-code gescand")
        CODE = "code", _("Code ingetypt")
        WALK_IN = "inloop", _("Zonder aanmelding binnengekomen")

    registration = models.ForeignKey(
        "academy.Registration",
        verbose_name=_("aanmelding"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    session = models.ForeignKey(
        "academy.Session",
        verbose_name=_("bijeenkomst"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    status = models.CharField(_("presentie"), max_length=10, choices=AttendanceStatus.choices)
    method = models.CharField(
        _("hoe vastgelegd"), max_length=10, choices=Method.choices, default=Method.ROSTER
    )
    note = models.CharField(_("notitie"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now=True)

    class Meta:
        verbose_name = _("presentie")
        verbose_name_plural = _("presentie")
        ordering = ["session__start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "session"], name="one_attendance_per_session"
            )
        ]
        permissions = [("take_attendance", _("Kan presentie bijhouden"))]

    def __str__(self):
        return f"{self.registration.participant} – {self.session}: {self.get_status_display()}"

    @property
    def attended(self):
        return self.status in ATTENDED_STATUSES
