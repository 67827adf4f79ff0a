"""Reference data editors maintain once and use on many pages."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class BilingualNameMixin(models.Model):
    """A name in Dutch with an optional English version for the English site."""

    name = models.CharField(_("naam"), max_length=80)
    name_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name


class Wijk(index.Indexed, models.Model):
    """A district of Almere (stadsdeel) or a neighbourhood inside one."""

    name = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(_("korte naam in de link"), max_length=80, unique=True)
    district = models.ForeignKey(
        "self",
        verbose_name=_("ligt in stadsdeel"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="neighbourhoods",
        limit_choices_to={"district__isnull": True},
        help_text=_("Leeg laten voor een stadsdeel, zoals Almere Haven."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("district")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        ordering = ["name"]

    def __str__(self):
        if self.district_id:
            return f"{self.name} ({self.district.name})"
        return self.name

    @property
    def display_name(self):
        return self.name


class Theme(index.Indexed, BilingualNameMixin):
    slug = models.SlugField(_("korte naam in de link"), max_length=80, unique=True)
    description = models.TextField(_("beschrijving"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["name"]


class Audience(index.Indexed, BilingualNameMixin):
    slug = models.SlugField(_("korte naam in de link"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["pk"]


class Person(index.Indexed, models.Model):
    """A member of staff, a blog author or a trainer of the academy."""

    first_name = models.CharField(_("voornaam"), max_length=80)
    last_name = models.CharField(_("achternaam"), max_length=120)
    job_title = models.CharField(_("functie"), max_length=120, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("over deze persoon"), blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    show_contact_details = models.BooleanField(
        _("contactgegevens tonen op de website"), default=False
    )
    is_trainer = models.BooleanField(_("trainer van de Vrijwilligersacademie"), default=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account in het beheer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text=_("Een trainer met een account ziet de eigen edities en presentielijsten."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("first_name"), FieldPanel("last_name"), FieldPanel("job_title")],
            heading=_("Naam en functie"),
        ),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("show_contact_details")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_trainer"), FieldPanel("user")], heading=_("Vrijwilligersacademie")
        ),
    ]
    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("is_trainer"),
    ]

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()


class Partner(index.Indexed, models.Model):
    """An organisation in Almere: the site's one register of organisations.

    The same record is a partner named on pages and events, an organisation that posts
    volunteer vacancies (volunteering) and a provider of support offers. What the
    vacaturebank adds (who may act for it, whether VMCA approved it) lives in that app.
    """

    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(
        _("korte naam in de link"),
        max_length=160,
        unique=True,
        help_text=_("Voor de pagina van de organisatie, zoals /vacaturebank/organisaties/naam/."),
    )
    description = models.TextField(_("korte beschrijving"), blank=True, max_length=1500)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    street_address = models.CharField(_("adres"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("plaats"), max_length=80, blank=True, default="Almere")
    wijk = models.ForeignKey(
        Wijk,
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partners",
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=150, blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    sav_member = models.BooleanField(_("lid van het SAV-netwerk"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("postcode"),
                FieldPanel("city"),
                FieldPanel("wijk"),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("sav_member"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("sav_member"),
    ]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_partner_slug(self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


def unique_partner_slug(name, exclude_pk=None):
    """A free slug for an organisation's name: "buurtkracht", "buurtkracht-2", ..."""
    base = slugify(name)[:150] or "organisatie"
    others = Partner.objects.exclude(pk=exclude_pk) if exclude_pk else Partner.objects.all()
    taken = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
