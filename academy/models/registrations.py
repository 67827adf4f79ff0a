"""Registrations: a place, a waiting-list entry or an open offer of one person for one edition."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import LIVE_STATUSES, ParticipantType, RegistrationChannel, RegistrationStatus
from .codes import grouped, new_checkin_code
from .participants import new_token


class RegistrationQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status__in=LIVE_STATUSES)

    def waiting_in_order(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("waiting_since", "pk")


class Registration(models.Model):
    Channel = RegistrationChannel

    edition = models.ForeignKey(
        "academy.Edition",
        verbose_name=_("editie"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    participant = models.ForeignKey(
        "academy.Participant",
        verbose_name=_("deelnemer"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RegistrationStatus.choices, db_index=True
    )
    participant_type = models.CharField(
        _("soort deelnemer"), max_length=20, choices=ParticipantType.choices
    )
    price_cents = models.PositiveIntegerField(_("prijs in centen"), default=0)
    # Who pays by invoice (organisation, address, reference), kept from the form until the
    # place is taken: someone on the waiting list gets the invoice only then. Empty: online.
    billing = models.JSONField(_("factuurgegevens"), default=dict, blank=True)
    channel = models.CharField(
        _("aangemeld"), max_length=10, choices=Channel.choices, default=Channel.ONLINE
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("aangemeld door"),
    )

    # Answers to the course's questions.
    dietary = models.CharField(_("dieetwensen"), max_length=300, blank=True)
    accessibility = models.CharField(_("toegankelijkheid"), max_length=300, blank=True)
    motivation = models.TextField(_("motivatie"), blank=True, max_length=2000)
    wants_accreditation = models.BooleanField(_("wil accreditatiepunten"), default=False)
    register = models.ForeignKey(
        "academy.AccreditationRegister",
        verbose_name=_("register"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    register_number = models.CharField(_("registratienummer"), max_length=40, blank=True)

    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(_("plek gekregen op"), null=True, blank=True)
    waiting_since = models.DateTimeField(_("op de wachtlijst sinds"), null=True, blank=True)
    offered_at = models.DateTimeField(_("plek aangeboden op"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("aanbod geldig tot"), null=True, blank=True)
    ended_at = models.DateTimeField(_("beëindigd op"), null=True, blank=True)
    end_reason = models.CharField(_("reden"), max_length=300, blank=True)
    moved_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moved_from",
        verbose_name=_("verplaatst naar"),
    )
    # The secret in e-mail links (accept an offer, cancel), for people without an account.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Shown under the personal QR code; the trainer scans the code or types this.
    checkin_code = models.CharField(
        _("code om in te checken"),
        max_length=12,
        unique=True,
        default=new_checkin_code,
        editable=False,
    )
    # Only for courses that end with a test; set by staff, never computed.
    assessment_passed = models.BooleanField(_("toets gehaald"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "participant"],
                condition=models.Q(status__in=LIVE_STATUSES),
                name="one_live_registration_per_edition",
            )
        ]
        indexes = [models.Index(fields=["edition", "status"])]

    def __str__(self):
        return f"{self.participant} – {self.edition} ({self.get_status_display()})"

    @property
    def display_checkin_code(self):
        return grouped(self.checkin_code)

    @property
    def is_live(self):
        return self.status in LIVE_STATUSES

    def waiting_position(self):
        """1 for the first person on the waiting list, 2 for the next, ...; None if not
        waiting. The same order as `waiting_in_order`, counted in one query."""
        if self.status != RegistrationStatus.WAITING:
            return None
        earlier = models.Q(waiting_since__lt=self.waiting_since) | models.Q(
            waiting_since=self.waiting_since, pk__lt=self.pk
        )
        ahead = Registration.objects.filter(
            earlier, edition_id=self.edition_id, status=RegistrationStatus.WAITING
        ).count()
        return ahead + 1
