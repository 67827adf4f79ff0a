from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from cms.models.snippets import BilingualNameMixin


class EventKind(BilingualNameMixin):
    """What sort of activity it is: werkcafé, informatiebijeenkomst, spreekuur, training..."""

    slug = models.SlugField(_("korte naam in de link"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("soort activiteit")
        verbose_name_plural = _("soorten activiteiten")
        ordering = ["name"]
