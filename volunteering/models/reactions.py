"""What people send: reactions to a vacancy and requests for help with finding one."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ContactPreference, HelpChannel, HelpStatus, ReactionStatus


class PersonalReactions(models.Manager):
    """The reactions people can still be reached through: not yet anonymised."""

    def get_queryset(self):
        return super().get_queryset().filter(anonymised_at__isnull=True)


class Reaction(models.Model):
    """ "Ik wil dit doen": a person reacts to a vacancy, without an account.

    After the retention time the person's details are wiped (services.retention) and the
    row stays, anonymous, so VMCA's figures of earlier years still add up. `objects` only
    holds reactions with their person; `all_objects` also the anonymous ones (figures)."""

    vacancy = models.ForeignKey(
        "volunteering.Vacancy",
        verbose_name=_("vacature"),
        on_delete=models.CASCADE,
        related_name="reactions",
    )
    name = models.CharField(_("naam"), max_length=120)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    message = models.TextField(_("bericht"), blank=True, max_length=1500)
    contact_preference = models.CharField(
        _("hoe wilt u contact"),
        max_length=20,
        choices=ContactPreference.choices,
        default=ContactPreference.EMAIL,
    )
    consent = models.BooleanField(_("toestemming gegevens te delen"), default=False)
    language = models.CharField(_("taal"), max_length=8, default="nl")
    status = models.CharField(
        _("status"), max_length=20, choices=ReactionStatus.choices, default=ReactionStatus.NEW
    )
    created = models.DateTimeField(_("ontvangen op"))
    status_changed_at = models.DateTimeField(_("status gewijzigd op"), null=True, blank=True)
    # The organisation's first answer: the first change away from "nieuw" (the response
    # time in the figures). status_changed_at moves with every later change.
    answered_at = models.DateTimeField(_("eerste antwoord op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status gewijzigd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set when the organisation was reminded that it has not answered (once).
    reminder_sent_at = models.DateTimeField(_("herinnering gestuurd op"), null=True, blank=True)

    all_objects = models.Manager()
    objects = PersonalReactions()

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        base_manager_name = "all_objects"
        default_manager_name = "objects"
        ordering = ["-created"]
        indexes = [
            models.Index(fields=["status", "created"]),
            models.Index(fields=["created"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone="") | models.Q(anonymised_at__isnull=False),
                name="volunteering_reaction_reachable",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.vacancy}"


class HelpRequest(models.Model):
    """ "Help mij zoeken": a person asks VMCA for a conversation about volunteer work."""

    name = models.CharField(_("naam"), max_length=120)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    channel = models.CharField(
        _("hoe"), max_length=20, choices=HelpChannel.choices, default=HelpChannel.PHONE
    )
    wijk = models.ForeignKey(
        "cms.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("wat zoekt u"), blank=True, max_length=1500)
    best_time = models.CharField(_("wanneer bereikbaar"), max_length=120, blank=True)
    consent = models.BooleanField(_("toestemming"), default=False)
    language = models.CharField(_("taal"), max_length=8, default="nl")
    created = models.DateTimeField(_("ontvangen op"))
    status = models.CharField(
        _("status"), max_length=20, choices=HelpStatus.choices, default=HelpStatus.NEW
    )
    follow_up = models.TextField(_("opvolging"), blank=True, max_length=4000)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opgepakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("bijgewerkt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""),
                name="volunteering_help_request_reachable",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.created:%d-%m-%Y})"
