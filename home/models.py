from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from cms.cache import VERSIONED_ENTRY_SECONDS, cached_json_ld
from cms.models import BasePage
from cms.models.routing import DirectRoutingMixin


class HomePage(DirectRoutingMixin, BasePage):
    """The start page of the site, one per language."""

    hero_title = models.CharField(_("grote titel"), max_length=120, blank=True)
    hero_text = models.TextField(_("tekst onder de titel"), max_length=400, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("image")],
            heading=_("Bovenaan de pagina"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.SectionPage",
        "cms.StandardPage",
        "cms.NewsIndexPage",
        "cms.BlogIndexPage",
        "cms.ContactPage",
        "events.EventIndexPage",
        "volunteering.VacancyIndexPage",
        "guide.SupportOfferIndexPage",
        "guide.WegwijzerPage",
        "academy.CourseIndexPage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")

    def get_json_ld(self, request):
        # The same for every visitor until the content or the site settings change.
        return cached_json_ld(self, request, organisation_json_ld, "", VERSIONED_ENTRY_SECONDS)


def organisation_json_ld(page, request):
    """schema.org Organization for the home page, from the site settings."""
    from cms.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    organisation = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "url": page.get_full_url(request),
        "description": page.get_meta_description(),
        "areaServed": {"@type": "City", "name": "Almere"},
    }
    if site_settings.email:
        organisation["email"] = site_settings.email
    if site_settings.phone:
        organisation["telephone"] = site_settings.phone
    if site_settings.street_address:
        organisation["address"] = {
            "@type": "PostalAddress",
            "streetAddress": site_settings.street_address,
            "postalCode": site_settings.postal_code,
            "addressLocality": site_settings.city,
            "addressCountry": "NL",
        }
    place_hours = site_settings.opening_hours_json_ld()
    if place_hours:
        organisation["location"] = {
            "@type": "Place",
            "name": site_settings.organisation_name,
            "openingHoursSpecification": place_hours,
        }
    social = [url for _name, url in site_settings.social_links]
    if social:
        organisation["sameAs"] = social
    return organisation
