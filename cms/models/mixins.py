"""Fields and behaviour every page shares: SEO, sharing, listings and classification."""

from django import forms
from django.core.cache import cache
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

META_DESCRIPTION_LENGTH = 160


def locale_codes(refresh_for=None):
    """{locale id: language code} of every locale, without a query per page view.

    Locales hardly ever change, and saving one raises the content version (cms.signals).
    `refresh_for`: a locale id that must be in it (read again when it is not).
    """
    from ..cache import VERSIONED_ENTRY_SECONDS, content_version

    key = f"locale-codes:{content_version()}"
    codes = cache.get(key)
    if codes is None or (refresh_for is not None and refresh_for not in codes):
        from wagtail.models import Locale

        codes = dict(Locale.objects.values_list("pk", "language_code"))
        cache.set(key, codes, VERSIONED_ENTRY_SECONDS)
    return codes


def locale_language_code(locale_id):
    """The language code of a locale without a query per page view."""
    return locale_codes(refresh_for=locale_id).get(locale_id, "")


def any_view_restrictions():
    """Whether any page of any site is private (a password, groups or sign-in).

    Wagtail checks a page's view restrictions, and those of its ancestors, with two
    queries on every page view. Most sites have none; saving or deleting one raises the
    content version (cms.signals), so the answer is kept until then.
    """
    from wagtail.models import PageViewRestriction

    from ..cache import VERSIONED_ENTRY_SECONDS, content_version

    return cache.get_or_set(
        f"any-view-restrictions:{content_version()}",
        PageViewRestriction.objects.exists,
        VERSIONED_ENTRY_SECONDS,
    )


class ContentPageMixin(models.Model):
    """Intro, main image, listing and social fields; mixed into every page type."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        max_length=600,
        help_text=_("Eén tot drie korte zinnen. Staat bovenaan de pagina en in overzichten."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staat bovenaan de pagina en in overzichten."),
    )
    listing_title = models.CharField(
        _("titel in overzichten"),
        max_length=120,
        blank=True,
        help_text=_("Laat leeg om de gewone titel te gebruiken."),
    )
    listing_summary = models.TextField(
        _("samenvatting in overzichten"),
        max_length=300,
        blank=True,
        help_text=_("Laat leeg om de inleiding te gebruiken."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding bij delen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Voor Facebook, LinkedIn en WhatsApp. Laat leeg om de gewone afbeelding te gebruiken."
        ),
    )

    class Meta:
        abstract = True

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Zoekmachines en link")),
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("social_image"),
            ],
            heading=_("Overzichten en delen"),
        ),
    ]

    search_fields = [index.SearchField("intro"), index.AutocompleteField("title")]

    def get_listing_title(self):
        return self.listing_title or self.title

    def get_listing_summary(self):
        return self.listing_summary or self.intro or self.search_description

    # Cards show a date, wijk and author when the page type has one. Asking a template
    # for a missing attribute is slow (Django then lists every attribute with dir()),
    # so every page answers, with None when it has no such field.
    @property
    def listing_date(self):
        return getattr(self, "date", None)

    @property
    def listing_wijk(self):
        return getattr(self, "wijk", None)

    @property
    def listing_author(self):
        return getattr(self, "author", None)

    def get_meta_description(self):
        text = self.search_description or self.listing_summary or self.intro
        return Truncator(" ".join(text.split())).chars(META_DESCRIPTION_LENGTH)

    def get_view_restrictions(self):
        if not any_view_restrictions():
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_social_image(self):
        return self.social_image or self.image

    def get_json_ld(self, request):
        """schema.org data for this page; page types with a richer type override it."""
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.seo_title or self.title,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "inLanguage": locale_language_code(self.locale_id),
        }


class ClassificationMixin(models.Model):
    """Themes, audiences and wijk: what listings, the agenda and search filter on."""

    themes = ParentalManyToManyField(
        "cms.Theme", verbose_name=_("thema's"), blank=True, related_name="+"
    )
    audiences = ParentalManyToManyField(
        "cms.Audience", verbose_name=_("doelgroepen"), blank=True, related_name="+"
    )
    wijk = models.ForeignKey(
        "cms.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Laat leeg als het over heel Almere gaat."),
    )

    class Meta:
        abstract = True

    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("wijk"),
            ],
            heading=_("Thema, doelgroep en wijk"),
        )
    ]
