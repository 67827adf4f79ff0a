"""Accreditation registers (Registerplein, SKJ, BIG, ...) that professionals are listed in."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def validate_pattern(value):
    try:
        re.compile(value)
    except re.error as error:
        raise ValidationError(
            _("Dit is geen geldig patroon: %(error)s"), params={"error": error}
        ) from error


class AccreditationRegister(models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=40)
    number_pattern = models.CharField(
        _("patroon van het registratienummer"),
        max_length=120,
        blank=True,
        validators=[validate_pattern],
        help_text=_("Een reguliere expressie, bijvoorbeeld ^\\d{11}$. Leeg: elk nummer mag."),
    )
    number_hint = models.CharField(
        _("uitleg bij het nummer"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: 11 cijfers, staat op uw BIG-pas."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("number_pattern"),
        FieldPanel("number_hint"),
    ]

    class Meta:
        verbose_name = _("register")
        verbose_name_plural = _("registers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean_number(self, number):
        """The number as stored (spaces and dots removed), or a ValidationError in plain Dutch."""
        cleaned = re.sub(r"[\s.\-]", "", number or "")
        if not cleaned:
            raise ValidationError(_("Vul uw registratienummer in."))
        if self.number_pattern and not re.fullmatch(self.number_pattern, cleaned):
            message = _("Dit nummer klopt niet voor %(register)s.") % {"register": self.short_name}
            if self.number_hint:
                message = f"{message} {self.number_hint}"
            raise ValidationError(message)
        return cleaned
