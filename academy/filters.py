"""The catalogue's filters: a GET form, so they work without JavaScript and can be shared."""

from django import forms
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.cache import VERSIONED_ENTRY_SECONDS, content_version
from cms.listings import theme_choices, wijk_choices
from events.filters import date_filter_field

from .models import CourseFormat

FREE = "gratis"
PAID = "betaald"


def audience_choices():
    """Slug and name (in the current language) of the audiences, cached until content changes."""
    from cms.models import Audience

    key = f"academy-audiences:{content_version()}"
    rows = cache.get(key)
    if rows is None:
        rows = list(Audience.objects.order_by("name").values_list("slug", "name", "name_en"))
        cache.set(key, rows, VERSIONED_ENTRY_SECONDS)
    english = (get_language() or "").startswith("en")
    return [(slug, (name_en or name) if english else name) for slug, name, name_en in rows]


class CatalogueFilterForm(forms.Form):
    """What a visitor can narrow the catalogue down to.

    A value that doesn't fit is explained in Dutch; the other filters still apply.
    """

    q = forms.CharField(
        label=_("Zoek een training"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Uw zoekwoord is te lang. Gebruik minder woorden.")},
    )
    thema = forms.ChoiceField(
        label=_("Thema"),
        required=False,
        error_messages={
            "invalid_choice": _("Dit thema kennen we niet. Kies een thema uit de lijst.")
        },
    )
    doelgroep = forms.ChoiceField(
        label=_("Voor wie"),
        required=False,
        error_messages={
            "invalid_choice": _("Deze doelgroep kennen we niet. Kies een doelgroep uit de lijst.")
        },
    )
    wijk = forms.ChoiceField(
        label=_("Wijk"),
        required=False,
        error_messages={
            "invalid_choice": _("Deze wijk kennen we niet. Kies een wijk uit de lijst.")
        },
    )
    vorm = forms.ChoiceField(
        label=_("Vorm"),
        required=False,
        choices=[("", _("Alle vormen")), *CourseFormat.choices],
        error_messages={"invalid_choice": _("Kies op locatie, online of allebei.")},
    )
    kosten = forms.ChoiceField(
        label=_("Kosten"),
        required=False,
        choices=[
            ("", _("Gratis en betaald")),
            (FREE, _("Gratis voor iedereen")),
            (PAID, _("Met kosten (voor een of meer groepen)")),
        ],
        error_messages={"invalid_choice": _("Kies gratis of betaald.")},
    )
    accreditatie = forms.BooleanField(
        label=_("Alleen met accreditatiepunten voor professionals"),
        required=False,
    )
    van = date_filter_field(_("Begint vanaf"))
    tot = date_filter_field(_("Begint uiterlijk op"))

    # Shown above "Meer filters"; the rest is folded away until one of them is used.
    main_fields = ("q", "thema", "doelgroep")

    def __init__(self, data=None, **kwargs):
        super().__init__(data=data, **kwargs)
        self.fields["thema"].choices = [("", _("Alle thema's")), *theme_choices()]
        self.fields["doelgroep"].choices = [("", _("Iedereen")), *audience_choices()]
        self.fields["wijk"].choices = [("", _("Heel Almere")), *wijk_choices()]

    def clean(self):
        cleaned = super().clean()
        van, tot = cleaned.get("van"), cleaned.get("tot")
        if van and tot and tot < van:
            self.add_error("tot", _("Deze datum ligt voor de datum bij 'Begint vanaf'."))
        return cleaned

    def active_filters(self):
        """The valid filters that were asked for; a wrong one is left out (and explained)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: value for name, value in data.items() if value}

    @property
    def is_filtered(self):
        return bool(self.is_bound and any(self.data.get(name) for name in self.fields))

    @property
    def more_is_used(self):
        return any(self.data.get(name) for name in self.fields if name not in self.main_fields)

    def main(self):
        return [self[name] for name in self.main_fields]

    def more(self):
        return [self[name] for name in self.fields if name not in self.main_fields]
