"""Editions (one scheduled run of a course or of a bookable event) and their sessions."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .choices import PLACE_TAKING_STATUSES, EditionStatus, RegistrationStatus

DEFAULT_CANCELLATION_HOURS = 24


class EditionQuerySet(models.QuerySet):
    def with_counts(self):
        """Live counts per edition in the same query: confirmed, offered, held for a
        payment, waiting."""

        def count(status):
            return models.Count("registrations", filter=models.Q(registrations__status=status))

        return self.annotate(
            confirmed_count=count(RegistrationStatus.CONFIRMED),
            offered_count=count(RegistrationStatus.OFFERED),
            awaiting_payment_count=count(RegistrationStatus.AWAITING_PAYMENT),
            waiting_count=count(RegistrationStatus.WAITING),
        )

    def upcoming(self, now=None):
        return self.filter(first_start__gt=now or timezone.now())

    def bookable(self, now=None):
        """Editions people can still sign up for (or join the waiting list of)."""
        now = now or timezone.now()
        return (
            self.upcoming(now)
            .filter(status__in=[EditionStatus.OPEN, EditionStatus.FULL])
            .exclude(registration_closes__lt=now)
        )


class Edition(ClusterableModel):
    course = models.ForeignKey(
        "academy.CoursePage",
        verbose_name=_("training"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="editions",
    )
    event_page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("activiteit in de agenda"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Voor een activiteit met aanmelden, zoals een werkcafé met 60 plaatsen."),
    )
    name = models.CharField(
        _("naam van deze editie"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld: voorjaar 2027. Mag leeg blijven."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=EditionStatus.choices, default=EditionStatus.OPEN
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), validators=[MinValueValidator(1)], default=16
    )
    min_participants = models.PositiveIntegerField(
        _("minimum aantal deelnemers"), default=0, help_text=_("0 betekent: geen minimum.")
    )
    registration_opens = models.DateTimeField(_("aanmelden kan vanaf"), null=True, blank=True)
    registration_closes = models.DateTimeField(
        _("aanmelden kan tot"),
        null=True,
        blank=True,
        help_text=_("Leeg: tot de eerste bijeenkomst begint."),
    )
    cancellation_deadline = models.DateTimeField(
        _("afmelden kan tot"),
        null=True,
        blank=True,
        help_text=_("Leeg: tot 24 uur voor de eerste bijeenkomst."),
    )
    wijk = models.ForeignKey(
        "cms.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    trainers = ParentalManyToManyField(
        "cms.Person",
        verbose_name=_("trainers"),
        blank=True,
        related_name="editions",
        limit_choices_to={"is_trainer": True},
    )
    internal_notes = models.TextField(_("interne notities"), blank=True)
    # Kept up to date from the sessions, so lists sort and filter without a join.
    first_start = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    last_end = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = EditionQuerySet.as_manager()

    panels = [
        FieldPanel("course"),
        FieldPanel("event_page"),
        FieldPanel("name"),
        FieldRowPanel(
            [FieldPanel("status"), FieldPanel("capacity"), FieldPanel("min_participants")]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("cancellation_deadline"),
            ],
            heading=_("Aanmelden en afmelden"),
        ),
        InlinePanel("sessions", heading=_("Bijeenkomsten"), label=_("bijeenkomst"), min_num=1),
        FieldPanel("wijk"),
        FieldPanel("trainers"),
        FieldPanel("internal_notes"),
    ]

    class Meta:
        verbose_name = _("editie")
        verbose_name_plural = _("edities")
        ordering = ["first_start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(course__isnull=False) | models.Q(event_page__isnull=False),
                name="edition_belongs_to_course_or_event",
            )
        ]

    def __str__(self):
        label = self.title
        if self.first_start:
            start = timezone.localtime(self.first_start)
            label = f"{label} – {date_format(start, 'j F Y')}"
        return label

    @property
    def title(self):
        owner = self.course or self.event_page
        base = owner.title if owner is not None else _("Editie")
        return f"{base} ({self.name})" if self.name else str(base)

    @property
    def owner_page(self):
        return self.course if self.course_id else self.event_page

    def clean(self):
        if not self.course_id and not self.event_page_id:
            raise ValidationError(_("Kies een training of een activiteit uit de agenda."))
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_opens >= self.registration_closes
        ):
            raise ValidationError(
                {"registration_closes": _("Aanmelden moet sluiten na het moment dat het opent.")}
            )
        if self.pk and self.capacity is not None:
            taken = self.taken_places()
            if self.capacity < taken:
                raise ValidationError(
                    {
                        "capacity": _(
                            "Er hebben al %(taken)s mensen een plek. Meld eerst mensen af "
                            "of verplaats ze naar een andere datum."
                        )
                        % {"taken": taken}
                    }
                )

    def refresh_dates(self, commit=True):
        """Copy the first start and last end from the sessions (call after saving sessions)."""
        bounds = Session.objects.filter(edition_id=self.pk).aggregate(
            first=models.Min("start"), last=models.Max("end")
        )
        self.first_start, self.last_end = bounds["first"], bounds["last"]
        if commit:
            Edition.objects.filter(pk=self.pk).update(
                first_start=self.first_start, last_end=self.last_end
            )

    def taken_places(self):
        """Places held now: confirmed, or offered to someone (counted in the database)."""
        return self.registrations.filter(status__in=PLACE_TAKING_STATUSES).count()

    @property
    def effective_cancellation_deadline(self):
        if self.cancellation_deadline:
            return self.cancellation_deadline
        if self.first_start:
            return self.first_start - dt.timedelta(hours=DEFAULT_CANCELLATION_HOURS)
        return None

    @property
    def effective_registration_closes(self):
        return self.registration_closes or self.first_start

    @property
    def free_places(self):
        """Needs `with_counts()`: places not confirmed, not offered to someone and not held
        while someone pays."""
        taken = self.confirmed_count + self.offered_count + self.awaiting_payment_count
        return max(0, self.capacity - taken)

    @property
    def is_cancelled(self):
        return self.status == EditionStatus.CANCELLED


class Session(Orderable):
    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(
        _("onderwerp"), max_length=200, blank=True, help_text=_("Mag leeg blijven.")
    )
    start = models.DateTimeField(_("begint"))
    end = models.DateTimeField(_("eindigt"))
    venue = models.CharField(_("locatie"), max_length=200, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    online_url = models.URLField(
        _("link voor online meedoen"),
        blank=True,
        help_text=_("Deelnemers zien deze link pas als ze zijn aangemeld."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("address")]),
        FieldPanel("online_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="session_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.edition.title}: {date_format(timezone.localtime(self.start), 'j F Y H:i')}"

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Een bijeenkomst moet eindigen na het begin.")})

    @property
    def location_text(self):
        return ", ".join(part for part in (self.venue, self.address) if part)
