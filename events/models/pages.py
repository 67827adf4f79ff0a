"""The agenda and its events, as editors write them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from cms.cache import cached_json_ld
from cms.models import BasePage, ClassificationMixin

from ..forms import EventPageForm


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Gepland")
    CANCELLED = "cancelled", _("Geannuleerd")
    MOVED = "moved", _("Verplaatst")
    FULL = "full", _("Vol")


class DateStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Gepland")
    CANCELLED = "cancelled", _("Geannuleerd")
    FULL = "full", _("Vol")


class Repeat(models.TextChoices):
    NONE = "", _("Niet herhalen")
    WEEKLY = "weekly", _("Elke week")
    BIWEEKLY = "biweekly", _("Om de week")
    MONTHLY = "monthly", _("Elke maand, op dezelfde weekdag")


class NthWeekday(models.IntegerChoices):
    FIRST = 1, _("de eerste")
    SECOND = 2, _("de tweede")
    THIRD = 3, _("de derde")
    FOURTH = 4, _("de vierde")
    LAST = -1, _("de laatste")


class ExceptionKind(models.TextChoices):
    EXCLUDED = "excluded", _("Vervalt (bijvoorbeeld een feestdag)")
    CANCELLED = "cancelled", _("Geannuleerd (blijft zichtbaar)")
    MOVED = "moved", _("Verplaatst naar een andere datum of tijd")
    FULL = "full", _("Vol")


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming activities from every calendar source, with filters and feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")

    @path("")
    def upcoming(self, request):
        from ..agenda import agenda_context

        return self.render(request, context_overrides=agenda_context(self, request, past=False))

    @path("archief/", name="archive")
    def archive(self, request):
        from ..agenda import agenda_context

        return self.render(request, context_overrides=agenda_context(self, request, past=True))

    @path("ical/", name="ical")
    def ical_feed(self, request):
        from ..agenda import agenda_feed

        return agenda_feed(self, request)


class EventPage(RoutablePageMixin, ClassificationMixin, BasePage):
    """An activity at one or more dates, or repeating: werkcafé, spreekuur, bijeenkomst."""

    kind = models.ForeignKey(
        "events.EventKind",
        verbose_name=_("soort activiteit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Geldt voor alle data. Een enkele datum annuleert u bij die datum."),
    )
    venue = models.CharField(_("naam van de plek"), max_length=150, blank=True)
    street_address = models.CharField(_("straat en huisnummer"), max_length=150, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("plaats"), max_length=80, blank=True, default="Almere")
    map_url = models.URLField(_("link naar een kaart"), blank=True)
    latitude = models.DecimalField(
        _("breedtegraad"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("lengtegraad"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    online_url = models.URLField(
        _("link om online mee te doen"),
        blank=True,
        help_text=_("Bijvoorbeeld een link naar Teams of Zoom."),
    )
    organiser = models.ForeignKey(
        "cms.Partner",
        verbose_name=_("organisator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Laat leeg als VMCA Almere het organiseert."),
    )
    partners = ParentalManyToManyField(
        "cms.Partner", verbose_name=_("samen met"), blank=True, related_name="+"
    )
    registration_info = RichTextField(
        _("aanmelden"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Hoe meldt iemand zich aan? Of: aanmelden is niet nodig."),
    )
    repeat = models.CharField(
        _("herhalen"), max_length=20, choices=Repeat.choices, blank=True, default=Repeat.NONE
    )
    repeat_start_date = models.DateField(_("eerste datum"), null=True, blank=True)
    repeat_start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    repeat_end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    repeat_nth = models.SmallIntegerField(
        _("welke weekdag van de maand"),
        choices=NthWeekday.choices,
        null=True,
        blank=True,
        help_text=_("Alleen bij elke maand. De weekdag is die van de eerste datum."),
    )
    repeat_until = models.DateField(_("herhalen tot en met"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(_("of: aantal keer"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("intro"),
        FieldPanel("image"),
        MultiFieldPanel(
            [InlinePanel("dates", label=_("Datum"))],
            heading=_("Data"),
            help_text=_("Losse data. Voor iets dat steeds terugkomt: gebruik 'Herhalen'."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel(
                    [
                        FieldPanel("repeat_start_date"),
                        FieldPanel("repeat_start_time"),
                        FieldPanel("repeat_end_time"),
                    ]
                ),
                FieldPanel("repeat_nth"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                InlinePanel("exceptions", label=_("Uitzondering")),
            ],
            heading=_("Herhalen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("map_url"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Waar"),
        ),
        FieldPanel("body"),
        FieldPanel("registration_info"),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("partners")], heading=_("Wie organiseert het?")
        ),
        *ClassificationMixin.classification_panels,
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"
    base_form_class = EventPageForm

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def clean(self):
        super().clean()
        errors = {}
        if self.repeat:
            if not self.repeat_start_date:
                errors["repeat_start_date"] = _("Kies de eerste datum.")
            if bool(self.repeat_until) == bool(self.repeat_count):
                errors["repeat_until"] = _("Kies een einddatum of een aantal keer, niet allebei.")
            if (
                self.repeat_until
                and self.repeat_start_date
                and (self.repeat_until < self.repeat_start_date)
            ):
                errors["repeat_until"] = _("De einddatum ligt voor de eerste datum.")
            if self.repeat_count and self.repeat_count > 500:
                errors["repeat_count"] = _("Kies maximaal 500 keer.")
            if self.repeat == Repeat.MONTHLY and self.repeat_start_date:
                errors.update(self._nth_errors())
            if (
                self.repeat_start_time
                and self.repeat_end_time
                and self.repeat_end_time <= self.repeat_start_time
            ):
                errors["repeat_end_time"] = _("De eindtijd ligt voor de begintijd.")
            if self.repeat_end_time and not self.repeat_start_time:
                errors["repeat_start_time"] = _("Vul ook een begintijd in.")
        if errors:
            raise ValidationError(errors)

    def _nth_errors(self):
        from ..calendar.recurrence import nth_weekday_of

        if self.repeat_nth is None:
            return {"repeat_nth": _("Kies welke weekdag van de maand, bijvoorbeeld de eerste.")}
        if self.repeat_nth not in nth_weekday_of(self.repeat_start_date):
            return {
                "repeat_nth": _("De eerste datum is niet %(nth)s %(weekday)s van de maand.")
                % {
                    "nth": NthWeekday(self.repeat_nth).label,
                    "weekday": date_format(self.repeat_start_date, "l"),
                }
            }
        return {}

    @property
    def attendance_mode(self):
        from ..models.calendar import AttendanceMode

        if self.online_url and self.venue:
            return AttendanceMode.MIXED
        if self.online_url:
            return AttendanceMode.ONLINE
        return AttendanceMode.OFFLINE

    @property
    def location_text(self):
        parts = [
            self.venue,
            self.street_address,
            " ".join(filter(None, [self.postal_code, self.city])),
        ]
        return ", ".join(part for part in parts if part)

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @path("")
    def event_view(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        from ..agenda import AGENDA_CACHE_SECONDS, event_cache_slot, event_dates

        context = super().get_context(request, *args, **kwargs)
        # The next few dates, or all of them with ?alle=1 (any other value is a 404).
        context["event_dates"] = event_dates(self, request)
        context["event_cache_seconds"] = AGENDA_CACHE_SECONDS
        context["event_cache_slot"] = event_cache_slot()
        return context

    @path("ical/", name="ical")
    def ical_download(self, request):
        from ..agenda import event_ics

        return event_ics(self, request)

    def get_json_ld(self, request):
        from ..agenda import AGENDA_CACHE_SECONDS, event_cache_slot, event_json_ld

        # As long as the page's cached dates: the content and the time slot.
        return cached_json_ld(
            self, request, event_json_ld, event_cache_slot(), AGENDA_CACHE_SECONDS
        )


class EventDate(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="dates")
    date = models.DateField(_("datum"))
    start_time = models.TimeField(
        _("begintijd"), null=True, blank=True, help_text=_("Leeg laten voor de hele dag.")
    )
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    end_date = models.DateField(
        _("einddatum"), null=True, blank=True, help_text=_("Alleen als het meer dagen duurt.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DateStatus.choices, default=DateStatus.SCHEDULED
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("status")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("datum")
        verbose_name_plural = _("data")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.date and self.end_date < self.date:
            errors["end_date"] = _("De einddatum ligt voor de datum.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Vul ook een begintijd in, of laat beide leeg.")
        if (
            self.start_time
            and self.end_time
            and not self.end_date
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("De eindtijd ligt voor de begintijd.")
        if errors:
            raise ValidationError(errors)


class EventException(Orderable):
    """One date of a repeating activity that differs: it falls out, is cancelled, moved or full."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("datum in de reeks"))
    kind = models.CharField(_("wat is er anders?"), max_length=20, choices=ExceptionKind.choices)
    new_date = models.DateField(_("nieuwe datum"), null=True, blank=True)
    new_start_time = models.TimeField(_("nieuwe begintijd"), null=True, blank=True)
    new_end_time = models.TimeField(_("nieuwe eindtijd"), null=True, blank=True)
    note = models.CharField(_("toelichting"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldRowPanel(
            [FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]
        ),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("uitzondering")
        verbose_name_plural = _("uitzonderingen")

    def clean(self):
        super().clean()
        if self.kind == ExceptionKind.MOVED and not (self.new_date or self.new_start_time):
            raise ValidationError({"new_date": _("Vul de nieuwe datum of de nieuwe tijd in.")})
