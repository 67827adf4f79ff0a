"""The certificate's branding and signatory, edited in the admin (Instellingen → Certificaat).

One row for the whole site (a generic setting): certificates are rendered in background
tasks, where there is no request and so no site. The layout itself is fixed
(templates/academy/pdf/certificate.html); staff choose the sender, the wording, who signs
and the closing line. An issued certificate keeps what it said: a change here only affects
certificates issued afterwards.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """The editable parts of the certificate (the layout itself is fixed)."""

    organisation_name = models.CharField(
        _("naam van de organisatie"),
        max_length=200,
        default="Vrijwilligers en Mantelzorg Centrale Almere",
    )
    organisation_line = models.CharField(
        _("regel onder de naam"),
        max_length=200,
        blank=True,
        default="Vrijwilligersacademie",
    )
    participation_title = models.CharField(
        _("titel van het bewijs van deelname"), max_length=100, default="Bewijs van deelname"
    )
    accreditation_title = models.CharField(
        _("titel van het certificaat met punten"), max_length=100, default="Certificaat"
    )
    statement = models.CharField(
        _("zin boven de naam"), max_length=200, default="Hierbij verklaren wij dat"
    )
    closing_line = models.CharField(
        _("slotzin"),
        max_length=160,
        blank=True,
        help_text=_(
            "Een korte zin onder de gegevens, bijvoorbeeld: Met dank voor uw inzet voor "
            "Almere. Laat leeg als u geen slotzin wilt."
        ),
    )
    closing_line_en = models.CharField(
        _("slotzin in het Engels"),
        max_length=160,
        blank=True,
        help_text=_("Voor certificaten in het Engels. Leeg: geen slotzin op Engelse certificaten."),
    )
    signatory_name = models.CharField(_("naam van wie ondertekent"), max_length=120, blank=True)
    signatory_role = models.CharField(
        _("functie van wie ondertekent"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld: coördinator Vrijwilligersacademie."),
    )
    signatory_role_en = models.CharField(
        _("functie in het Engels"),
        max_length=120,
        blank=True,
        help_text=_("Voor certificaten in het Engels. Leeg: de Nederlandse functie."),
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("handtekening"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Een scan van de handtekening, liefst een PNG met een doorzichtige of witte "
            "achtergrond. Leeg: het certificaat heeft alleen de naam en de functie."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: het logo van de website."),
    )
    footer = models.CharField(
        _("voettekst"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld het adres en de website."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("organisation_line"), FieldPanel("logo")],
            heading=_("Afzender"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("participation_title"),
                FieldPanel("accreditation_title"),
                FieldPanel("statement"),
            ],
            heading=_("Teksten"),
            help_text=_(
                "Voor certificaten in het Nederlands. "
                "Engelse certificaten krijgen een vaste Engelse tekst."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("closing_line"), FieldPanel("closing_line_en")],
            heading=_("Slotzin"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_role"),
                FieldPanel("signatory_role_en"),
                FieldPanel("signature"),
            ],
            heading=_("Ondertekening"),
        ),
        FieldPanel("footer"),
    ]

    class Meta:
        verbose_name = _("certificaat")

    def clean(self):
        super().clean()
        if (self.signature_id or self.signatory_role.strip()) and not self.signatory_name.strip():
            raise ValidationError(
                {
                    "signatory_name": _(
                        "Vul ook de naam in van wie ondertekent. Zonder naam weet de lezer "
                        "niet van wie de handtekening of de functie is."
                    )
                }
            )

    def role(self, language):
        """The signatory's role in the certificate's language (Dutch when not translated)."""
        if language != "nl" and self.signatory_role_en.strip():
            return self.signatory_role_en
        return self.signatory_role

    def closing(self, language):
        """The closing line in the certificate's language; none when it is not translated."""
        return self.closing_line if language == "nl" else self.closing_line_en
