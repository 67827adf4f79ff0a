"""An organisation's place in the vacaturebank: who may act for it, and VMCA's approval.

The organisation itself is the site's one register (cms.Partner); this app only adds
what posting vacancies needs.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import OrganisationStatus


class OrganisationAccount(models.Model):
    organisation = models.OneToOneField(
        "cms.Partner",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="vacancy_account",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrganisationStatus.choices,
        default=OrganisationStatus.PENDING,
    )
    requested_at = models.DateTimeField(_("aangemeld op"))
    decided_at = models.DateTimeField(_("besluit op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besluit door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("toelichting"), blank=True, max_length=2000)
    # A short note from the organisation when it signs up ("wij zijn een stichting ...").
    motivation = models.TextField(_("over het vrijwilligerswerk"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("organisatie in de vacaturebank")
        verbose_name_plural = _("organisaties in de vacaturebank")
        ordering = ["organisation__name"]

    def __str__(self):
        return str(self.organisation)


class Membership(models.Model):
    """A person who may act for an organisation in "Mijn organisatie"."""

    organisation = models.ForeignKey(
        "cms.Partner",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="organisation_memberships",
    )
    created = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("beheerder van een organisatie")
        verbose_name_plural = _("beheerders van organisaties")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="volunteering_one_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"
