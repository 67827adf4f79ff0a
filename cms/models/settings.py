"""Site-wide settings editors manage: contact details, opening hours and menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

WEEKDAYS = [
    ("1", _("maandag")),
    ("2", _("dinsdag")),
    ("3", _("woensdag")),
    ("4", _("donderdag")),
    ("5", _("vrijdag")),
    ("6", _("zaterdag")),
    ("7", _("zondag")),
]
SCHEMA_WEEKDAYS = {
    "1": "Monday",
    "2": "Tuesday",
    "3": "Wednesday",
    "4": "Thursday",
    "5": "Friday",
    "6": "Saturday",
    "7": "Sunday",
}


class MenuLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Pagina"))
    label = blocks.CharBlock(
        label=_("Tekst in het menu"),
        required=False,
        max_length=40,
        help_text=_("Laat leeg om de titel van de pagina te gebruiken."),
    )

    class Meta:
        icon = "link"
        label = _("Link")


class OpeningHoursBlock(blocks.StructBlock):
    day = blocks.ChoiceBlock(label=_("Dag"), choices=WEEKDAYS)
    opens = blocks.TimeBlock(label=_("Open vanaf"))
    closes = blocks.TimeBlock(label=_("Open tot"))

    class Meta:
        icon = "time"
        label = _("Openingstijd")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("naam organisatie"), max_length=120, default="VMCA Almere"
    )
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    street_address = models.CharField(_("straat en huisnummer"), max_length=120, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("plaats"), max_length=80, default="Almere")
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())], verbose_name=_("openingstijden"), blank=True
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    main_menu = StreamField(
        [("link", MenuLinkBlock())],
        verbose_name=_("hoofdmenu"),
        blank=True,
        help_text=_("De links bovenaan elke pagina. Houd het kort: vijf of zes links."),
    )
    footer_menu = StreamField(
        [("link", MenuLinkBlock())],
        verbose_name=_("menu onderaan"),
        blank=True,
    )

    contact_panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Adres en contact"),
        ),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Sociale media"),
        ),
    ]
    menu_panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]
    edit_handler = TabbedInterface(
        [
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(menu_panels, heading=_("Menu's")),
        ]
    )

    class Meta:
        verbose_name = _("website-instellingen")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    def opening_hours_json_ld(self):
        return [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": SCHEMA_WEEKDAYS[block.value["day"]],
                "opens": block.value["opens"].strftime("%H:%M"),
                "closes": block.value["closes"].strftime("%H:%M"),
            }
            for block in self.opening_hours
        ]
