"""The agenda's filters: the same form drives the agenda pages and their calendar feeds."""

import hashlib

from django import forms
from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.cache import VERSIONED_ENTRY_SECONDS, content_version
from cms.listings import theme_choices, wijk_choices, wijk_ids

from .models import AttendanceMode, CalendarEntry

FORMATS = {
    "online": [AttendanceMode.ONLINE, AttendanceMode.MIXED],
    "op-locatie": [AttendanceMode.OFFLINE, AttendanceMode.MIXED],
}


def _named_choices(model_label):
    """Slug and name (in the current language) of audiences or kinds, cached."""
    from django.apps import apps

    key = f"agenda-choices:{model_label}:{content_version()}"
    rows = cache.get(key)
    if rows is None:
        rows = list(apps.get_model(model_label).objects.values_list("slug", "name", "name_en"))
        cache.set(key, rows, VERSIONED_ENTRY_SECONDS)
    english = (get_language() or "").startswith("en")
    return [(slug, (name_en or name) if english else name) for slug, name, name_en in rows]


def choices_key(form):
    """A short fingerprint of the menus of a filter form (their values and names, in the
    current language).

    The rendered form depends only on the address (the chosen filters), the language and
    these menus. Cached on this key instead of on the content version, it is not rendered
    again after every publish (Django renders each menu option through a template: a
    quarter of a cold catalogue or agenda page), yet changes as soon as a menu does.
    """
    menus = [
        (name, [(str(value), str(label)) for value, label in field.choices])
        for name, field in form.fields.items()
        if isinstance(field, forms.ChoiceField)
    ]
    return hashlib.blake2b(repr(menus).encode(), digest_size=12).hexdigest()


def date_filter_field(label):
    """A date in the address (?van=2027-03-29), as the browser's date picker sends it."""
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in zoals 2027-03-29.")},
    )


class AgendaFilterForm(forms.Form):
    """Filters in the address (GET), so they work without JavaScript and can be shared.

    A value that doesn't fit is ignored and explained; the other filters still apply.
    """

    q = forms.CharField(
        label=_("Zoek in de agenda"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Uw zoekwoord is te lang. We zoeken daarom niet.")},
    )
    soort = forms.ChoiceField(
        label=_("Soort"),
        required=False,
        error_messages={"invalid_choice": _("Deze soort kennen we niet. Daarom ziet u alles.")},
    )
    wijk = forms.ChoiceField(
        label=_("Wijk"),
        required=False,
        error_messages={
            "invalid_choice": _("Deze wijk kennen we niet. Daarom ziet u heel Almere.")
        },
    )
    doelgroep = forms.ChoiceField(
        label=_("Voor wie"),
        required=False,
        error_messages={"invalid_choice": _("Deze doelgroep kennen we niet. Daarom ziet u alles.")},
    )
    thema = forms.ChoiceField(
        label=_("Thema"),
        required=False,
        error_messages={
            "invalid_choice": _("Dit thema kennen we niet. Daarom ziet u alle thema's.")
        },
    )
    vorm = forms.ChoiceField(
        label=_("Online of op locatie"),
        required=False,
        choices=[("", _("Allebei")), ("online", _("Online")), ("op-locatie", _("Op locatie"))],
        error_messages={"invalid_choice": _("Kies online of op locatie.")},
    )
    van = date_filter_field(_("Vanaf datum"))
    tot = date_filter_field(_("Tot en met datum"))

    def __init__(self, data=None, **kwargs):
        super().__init__(data=data, **kwargs)
        self.fields["soort"].choices = [
            ("", _("Alle soorten")),
            *_named_choices("events.EventKind"),
        ]
        self.fields["wijk"].choices = [("", _("Heel Almere")), *wijk_choices()]
        self.fields["doelgroep"].choices = [("", _("Iedereen")), *_named_choices("cms.Audience")]
        self.fields["thema"].choices = [("", _("Alle thema's")), *theme_choices()]

    def clean(self):
        cleaned = super().clean()
        van, tot = cleaned.get("van"), cleaned.get("tot")
        if van and tot and tot < van:
            self.add_error(
                "tot",
                _("De einddatum ligt voor de begindatum. We kijken alleen naar de begindatum."),
            )
        return cleaned

    def active_filters(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value}

    @property
    def is_filtered(self):
        return bool(self.is_bound and any(self.data.get(name) for name in self.fields))


def entry_condition(filters):
    """A Q on CalendarEntry for the chosen filters (without the date range)."""
    condition = Q()
    if filters.get("soort"):
        condition &= Q(kind__slug=filters["soort"])
    if filters.get("wijk"):
        condition &= Q(wijk_id__in=wijk_ids(filters["wijk"]))
    if filters.get("thema"):
        condition &= Q(
            pk__in=CalendarEntry.themes.through.objects.filter(theme__slug=filters["thema"]).values(
                "calendarentry_id"
            )
        )
    if filters.get("doelgroep"):
        condition &= Q(
            pk__in=CalendarEntry.audiences.through.objects.filter(
                audience__slug=filters["doelgroep"]
            ).values("calendarentry_id")
        )
    if filters.get("vorm"):
        condition &= Q(attendance_mode__in=FORMATS[filters["vorm"]])
    if filters.get("q"):
        words = filters["q"].split()
        for word in words[:5]:
            condition &= (
                Q(title__icontains=word) | Q(summary__icontains=word) | Q(location__icontains=word)
            )
    return condition
