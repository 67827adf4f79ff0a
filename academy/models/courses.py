"""The catalogue: the academy's overview page and one page per course."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cms.cache import cached_json_ld
from cms.models import BasePage, ClassificationMixin

from .choices import CourseFormat, ParticipantType


def with_live_places(response):
    """Places left change with every registration, not with a publish: cache such pages
    for anonymous visitors only briefly (the page cache honours max-age)."""
    patch_cache_control(response, max_age=settings.ACADEMY_PLACES_CACHE_SECONDS)
    return response


class CourseIndexPage(BasePage):
    """'Vrijwilligersacademie': every course with upcoming editions, filterable."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["academy.CoursePage"]
    max_count_per_parent = 1
    template = "academy/course_index_page.html"

    class Meta:
        verbose_name = _("overzicht van de academie")
        verbose_name_plural = _("overzichten van de academie")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue.pages import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value that does not fit: the page explains it next to the filter and
        # still lists what the other filters find, but says 400 (as a bad form does).
        form = (getattr(response, "context_data", None) or {}).get("filter_form")
        if form is not None and form.is_bound and form.errors:
            response.status_code = 400
        return with_live_places(response)


class CoursePage(ClassificationMixin, BasePage):
    """A training of the Vrijwilligersacademie; its editions are edited under 'Academie'."""

    parent_page_types = ["academy.CourseIndexPage"]
    subpage_types = []
    template = "academy/course_page.html"

    learning_goals = RichTextField(
        _("wat leert u?"),
        blank=True,
        features=["ul", "ol", "bold", "link"],
        help_text=_("Een korte lijst met leerdoelen."),
    )
    trainers = ParentalManyToManyField(
        "cms.Person",
        verbose_name=_("trainers"),
        blank=True,
        related_name="+",
        limit_choices_to={"is_trainer": True},
    )
    format = models.CharField(
        _("vorm"), max_length=12, choices=CourseFormat.choices, default=CourseFormat.ON_SITE
    )
    duration = models.CharField(
        _("duur"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld: 3 bijeenkomsten van 2,5 uur."),
    )
    study_load_hours = models.DecimalField(
        _("studiebelasting in uren"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    # The completion rule: computed from the attendance, never typed in.
    completion_percent = models.PositiveSmallIntegerField(
        _("aanwezig bij minstens (procent van de bijeenkomsten)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("100 betekent: bij alle bijeenkomsten."),
    )
    completion_allows_make_up = models.BooleanField(
        _("één gemiste bijeenkomst mag worden ingehaald in een andere editie"), default=False
    )
    completion_requires_assessment = models.BooleanField(
        _("deelnemers moeten een toets halen"), default=False
    )
    refund_percent = models.PositiveSmallIntegerField(
        _("terugbetalen bij afmelden op tijd (procent)"),
        default=100,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Wie zich vóór de afmelddatum afmeldt, krijgt dit deel van het bedrag terug. "
            "Als VMCA een editie afzegt, krijgt iedereen alles terug."
        ),
    )
    ask_dietary = models.BooleanField(_("vraag naar dieetwensen"), default=False)
    ask_accessibility = models.BooleanField(
        _("vraag naar toegankelijkheid en hulpmiddelen"), default=True
    )
    ask_motivation = models.BooleanField(_("vraag naar motivatie (niet verplicht)"), default=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("learning_goals"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("format"), FieldPanel("study_load_hours")]),
                FieldPanel("duration"),
                FieldPanel("trainers"),
            ],
            heading=_("Opzet"),
        ),
        InlinePanel("prices", heading=_("Prijs per deelnemer"), label=_("prijs")),
        FieldPanel("refund_percent"),
        InlinePanel(
            "accreditations", heading=_("Accreditatie"), label=_("accreditatie per register")
        ),
        MultiFieldPanel(
            [
                FieldPanel("completion_percent"),
                FieldPanel("completion_allows_make_up"),
                FieldPanel("completion_requires_assessment"),
            ],
            heading=_("Wanneer is de training afgerond?"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("ask_dietary"),
                FieldPanel("ask_accessibility"),
                FieldPanel("ask_motivation"),
            ],
            heading=_("Vragen bij het aanmelden"),
        ),
        *ClassificationMixin.classification_panels,
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("learning_goals"),
        index.FilterField("format"),
    ]

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue.pages import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = with_live_places(super().serve(request, *args, **kwargs))
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # The page shows the person's own registrations (academy.catalogue.pages).
            patch_cache_control(response, private=True)
        return response

    def get_json_ld(self, request):
        from ..catalogue.pages import LISTING_CACHE_SECONDS, availability_state
        from ..catalogue.schema import course_json_ld

        # As long as the page's cached article: places and states, the minute.
        state = availability_state(timezone.now())
        return cached_json_ld(self, request, course_json_ld, state, LISTING_CACHE_SECONDS)

    @property
    def study_load_text(self):
        """'12 uur' or '2,5 uur' (hours written the Dutch way)."""
        if self.study_load_hours is None:
            return ""
        from ..formatting import format_points

        return _("%(hours)s uur") % {"hours": format_points(self.study_load_hours)}

    def price_for(self, participant_type):
        """Price in cents for this kind of participant (0 when free or not set)."""
        for price in self.prices.all():
            if price.participant_type == participant_type:
                return price.amount_cents
        return 0


class CoursePrice(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prices")
    participant_type = models.CharField(
        _("soort deelnemer"), max_length=20, choices=ParticipantType.choices
    )
    amount_cents = models.PositiveIntegerField(
        _("prijs in centen"), default=0, help_text=_("0 is gratis. € 45,00 is 4500.")
    )

    panels = [FieldRowPanel([FieldPanel("participant_type"), FieldPanel("amount_cents")])]

    class Meta(Orderable.Meta):
        verbose_name = _("prijs")
        verbose_name_plural = _("prijzen")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "participant_type"], name="one_price_per_participant_type"
            )
        ]


class CourseAccreditation(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="accreditations")
    register = models.ForeignKey(
        "academy.AccreditationRegister",
        verbose_name=_("register"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    accreditation_id = models.CharField(_("accreditatienummer"), max_length=60)
    points = models.DecimalField(
        _("punten"), max_digits=5, decimal_places=1, validators=[MinValueValidator(0)]
    )
    valid_from = models.DateField(_("geldig vanaf"), null=True, blank=True)
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("register"), FieldPanel("accreditation_id"), FieldPanel("points")]
        ),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("accreditatie")
        verbose_name_plural = _("accreditaties")
