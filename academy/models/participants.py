"""People who take part: with an account, or registered by staff by phone (no e-mail needed)."""

import re
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ParticipantType


def initials_and_surname(first_name, last_name):
    """'Fatima Zahra', 'El Amrani' → 'F.Z. El Amrani'; 'Jan-Willem' → 'J.W.': how
    attendance and presence lists name people."""
    parts = [part for part in re.split(r"[\s\-.]+", first_name or "") if part]
    initials = "".join(f"{part[0].upper()}." for part in parts)
    return " ".join(value for value in (initials, (last_name or "").strip()) if value)


def new_token():
    return secrets.token_urlsafe(24)


class Participant(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participant",
    )
    first_name = models.CharField(_("voornaam"), max_length=80)
    last_name = models.CharField(_("achternaam"), max_length=120)
    email = models.EmailField(_("e-mailadres"), blank=True, db_index=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    wijk = models.ForeignKey(
        "cms.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    participant_type = models.CharField(
        _("ik ben"),
        max_length=20,
        choices=ParticipantType.choices,
        default=ParticipantType.VOLUNTEER,
    )
    # The secret in the personal calendar feed URL; None when the person switched it off.
    feed_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    anonymised = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        ordering = ["last_name", "first_name", "pk"]
        permissions = [("export_participants", _("Kan deelnemerslijsten exporteren"))]

    def __str__(self):
        return self.full_name or _("Deelnemer %(pk)s") % {"pk": self.pk}

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials_and_surname(self):
        return initials_and_surname(self.first_name, self.last_name)

    @property
    def is_professional(self):
        return self.participant_type == ParticipantType.PROFESSIONAL


class ProfessionalRegistration(models.Model):
    """A register number of a professional (for accreditation points)."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="professional_registrations"
    )
    register = models.ForeignKey(
        "academy.AccreditationRegister", verbose_name=_("register"), on_delete=models.PROTECT
    )
    number = models.CharField(_("registratienummer"), max_length=40)

    class Meta:
        verbose_name = _("registratie in een register")
        verbose_name_plural = _("registraties in registers")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "register"], name="one_number_per_register"
            )
        ]

    def __str__(self):
        return f"{self.register.short_name}: {self.number}"
