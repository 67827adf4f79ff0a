"""Editions (one scheduled run of a course or of a bookable event) and their sessions."""

from dataclasses import dataclass

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


@dataclass(frozen=True)
class PlaceCounts:
    taken: int  # confirmed, offered to someone, or held while someone pays
    waiting: int


class EditionQuerySet(models.QuerySet):
    def with_counts(self):
        """Live counts per edition in the same query: places taken (confirmed, offered, held
        for a payment) and people waiting, which academy.rules.place_counts reads, and each
        kind of taken place on its own for staff lists."""

        def count(*statuses):
            return models.Count(
                "registrations", filter=models.Q(registrations__status__in=statuses)
            )

        return self.annotate(
            taken_count=count(*PLACE_TAKING_STATUSES),
            waiting_count=count(RegistrationStatus.WAITING),
            confirmed_count=count(RegistrationStatus.CONFIRMED),
            offered_count=count(RegistrationStatus.OFFERED),
            awaiting_payment_count=count(RegistrationStatus.AWAITING_PAYMENT),
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
        _("status"),
        max_length=12,
        choices=EditionStatus.choices,
        default=EditionStatus.OPEN,
        help_text=_(
            "Vol: er komt niemand meer bij, ook niet als er een plaats vrijkomt. Nieuwe "
            "aanmeldingen komen op de wachtlijst. Zet de status terug op 'Open voor "
            "aanmelden', dan krijgt de wachtlijst de vrije plaatsen aangeboden."
        ),
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
            # On the field, so the form says this in words and not the constraint's name
            # (edition_belongs_to_course_or_event is not checked again for a field in error).
            raise ValidationError(
                {"course": _("Kies een training of een activiteit uit de agenda.")}
            )
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_opens >= self.registration_closes
        ):
            raise ValidationError(
                {"registration_closes": _("Aanmelden moet sluiten na het moment dat het opent.")}
            )
        if self.pk and self.capacity is not None:
            taken = self.count_places().taken
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

    def count_places(self, **also):
        """Places taken and people waiting, counted in the database now (the registration
        engine does this under the edition's lock; pages use `with_counts()`).

        `also`: more aggregates of the edition's registrations for the same query; with
        them, (PlaceCounts, their values) is returned."""
        counts = self.registrations.aggregate(
            taken=models.Count("pk", filter=models.Q(status__in=PLACE_TAKING_STATUSES)),
            waiting=models.Count("pk", filter=models.Q(status=RegistrationStatus.WAITING)),
            **also,
        )
        places = PlaceCounts(taken=counts.pop("taken"), waiting=counts.pop("waiting"))
        return (places, counts) if also else places

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
        moment = date_format(timezone.localtime(self.start), "DATETIME_FORMAT")
        return f"{self.edition.title}: {moment}"

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Een bijeenkomst moet eindigen na het begin.")})

    @property
    def location_text(self):
        return ", ".join(part for part in (self.venue, self.address) if part)
