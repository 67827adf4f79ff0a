"""The sociale kaart: support offers for carers, each a page editors write, check and
publish like any other (drafts, preview, approval, scheduling come with Wagtail)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.listings import LazyItems, ListingFilterForm, filter_pages, paginate, wijk_ids
from cms.models import BasePage, ClassificationMixin
from cms.models.pages import ListingPageMixin


class Cost(models.TextChoices):
    FREE = "gratis", _("Gratis")
    CONTRIBUTION = "eigen-bijdrage", _("Met een eigen bijdrage")
    PAID = "betaald", _("Betaald")
    INSURED = "verzekerd", _("Vergoed door de zorgverzekering of de gemeente")


class SupportOfferIndexPage(ListingPageMixin, BasePage):
    """'Sociale kaart': every support offer for carers, filterable by theme and wijk."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guide.SupportOfferPage"]
    max_count_per_parent = 1
    template = "guide/support_offer_index_page.html"
    listing_filters = ("theme", "wijk")

    class Meta:
        verbose_name = _("sociale kaart")
        verbose_name_plural = _("sociale kaarten")

    def listing_queryset(self, request):
        return (
            SupportOfferPage.objects.child_of(self)
            .live()
            .public()
            .select_related("provider", "wijk")
            .order_by("-vmca_service", "title")
        )

    def get_context(self, request, *args, **kwargs):
        # Like ListingPageMixin, except for the wijk: an offer without a wijk is for all
        # of Almere, so it stays in the list whichever wijk is chosen (filter_pages
        # would leave it out).
        context = super(ListingPageMixin, self).get_context(request, *args, **kwargs)
        filter_form = ListingFilterForm(request.GET, fields=self.listing_filters)
        filters = filter_form.active_filters()
        wijk = filters.pop("wijk", None)
        offers = filter_pages(self.listing_queryset(request), **filters)
        if wijk:
            offers = offers.filter(Q(wijk__isnull=True) | Q(wijk_id__in=wijk_ids(wijk)))
        listing = paginate(request, offers, settings.LISTING_PAGE_SIZE)
        page_offers = listing.object_list
        listing.object_list = LazyItems(lambda: list(page_offers))
        context["filter_form"] = filter_form
        context["listing"] = listing
        return context


class SupportOfferPage(ClassificationMixin, BasePage):
    """One support offer: what it is, for whom, what it costs and how to get it.

    The wijk (from ClassificationMixin) is where it is offered; empty means all of Almere.
    """

    provider = models.ForeignKey(
        "cms.Partner",
        verbose_name=_("aanbieder"),
        on_delete=models.PROTECT,
        related_name="support_offers",
        help_text=_("De organisatie die dit aanbiedt (VMCA zelf of een partner)."),
    )
    vmca_service = models.BooleanField(
        _("dienst van VMCA zelf"),
        default=False,
        help_text=_("Diensten van VMCA staan in de wegwijzer bovenaan."),
    )
    situation = models.TextField(
        _("voor wie"),
        blank=True,
        max_length=1000,
        help_text=_("Voor wie is dit? In gewone woorden."),
    )
    min_age = models.PositiveSmallIntegerField(_("vanaf leeftijd"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("tot en met leeftijd"), null=True, blank=True)
    cost = models.CharField(_("kosten"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("uitleg over de kosten"), max_length=200, blank=True)
    online = models.BooleanField(_("ook online"), default=False)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    walk_in_hours = models.CharField(_("inloopspreekuur"), max_length=200, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    referral_needed = models.BooleanField(_("verwijzing nodig"), default=False)
    how_to_get = models.TextField(
        _("hoe krijgt u het"),
        blank=True,
        max_length=1000,
        help_text=_("De eerste stap, in één of twee zinnen."),
    )
    last_checked = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("Na 12 maanden zonder controle staat het aanbod in de lijst om na te kijken."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("provider"), FieldPanel("vmca_service")], heading=_("Aanbieder")
        ),
        MultiFieldPanel(
            [FieldPanel("situation"), FieldPanel("min_age"), FieldPanel("max_age")],
            heading=_("Voor wie"),
        ),
        *ClassificationMixin.classification_panels,
        MultiFieldPanel(
            [
                FieldPanel("how_to_get"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("walk_in_hours"),
                FieldPanel("address"),
                FieldPanel("online"),
                FieldPanel("referral_needed"),
            ],
            heading=_("Hoe krijgt u het"),
        ),
        MultiFieldPanel([FieldPanel("cost"), FieldPanel("cost_note")], heading=_("Kosten")),
        FieldPanel("last_checked"),
    ]
    parent_page_types = ["guide.SupportOfferIndexPage"]
    subpage_types = []
    template = "guide/support_offer_page.html"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("situation"),
        index.SearchField("how_to_get"),
        index.FilterField("vmca_service"),
    ]

    class Meta:
        verbose_name = _("ondersteuningsaanbod")
        verbose_name_plural = _("ondersteuningsaanbod")
