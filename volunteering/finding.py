"""Finding vacancies: the search filters, the query behind them and their state as text.

One definition of "a search" for the public search page and for the weekly vacancy
alerts (which store the search as its query string and read it back through the same
form). Only live vacancies are ever found: `rules.live_q(now)` decides which those are.
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.listings import theme_choices, wijk_choices, wijk_ids

from . import rules
from .models import Commitment, Vacancy

SORT_NEWEST = "nieuw"
SORT_CLOSING = "sluit"
HOURS = (2, 4, 8, 16)  # the choices of 'uren': at most this many hours a week
# The yes/no filters: (field name in the URL, model field).
FLAGS = (
    ("online", "remote"),
    ("jongeren", "for_young_people"),
    ("weinig-nederlands", "little_dutch"),
    ("begeleiding", "guidance"),
)
# The order of the parameters in the canonical query string.
URL_ORDER = ("q", "wijk", "thema", "tijd", "uren", *(name for name, _field in FLAGS), "sorteer")


def _flag(label):
    # value="1" makes a ticked box "online=1" in the address, short and stable.
    return forms.BooleanField(
        label=label, required=False, widget=forms.CheckboxInput(attrs={"value": "1"})
    )


class VacancyFilterForm(forms.Form):
    """What a visitor can narrow the vacancies down to (GET parameters in Dutch).

    A value that does not fit gets a Dutch message next to its field; the other filters
    still apply.
    """

    q = forms.CharField(
        label=_("Zoek op woord"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Uw zoekwoord is te lang. Gebruik minder woorden.")},
    )
    wijk = forms.ChoiceField(
        label=_("Wijk"),
        required=False,
        error_messages={
            "invalid_choice": _("Deze wijk kennen we niet. Kies een wijk uit de lijst.")
        },
    )
    thema = forms.MultipleChoiceField(
        label=_("Thema"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Dit thema kennen we niet. Kies een thema uit de lijst."),
            "invalid_list": _("Dit thema kennen we niet. Kies een thema uit de lijst."),
        },
    )
    tijd = forms.ChoiceField(
        label=_("Soort inzet"),
        required=False,
        choices=[("", _("Alles")), *Commitment.choices],
        error_messages={"invalid_choice": _("Kies eenmalig, korte klus of regelmatig.")},
    )
    uren = forms.TypedChoiceField(
        label=_("Uren per week"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Kies een aantal uren uit de lijst.")},
    )
    online = _flag(_("Online of vanuit huis"))
    jongeren = _flag(_("Geschikt voor jongeren"))
    weinig_nederlands = _flag(_("Weinig Nederlands nodig"))
    begeleiding = _flag(_("Met begeleiding"))
    sorteer = forms.ChoiceField(
        label=_("Sorteer"),
        required=False,
        choices=[(SORT_NEWEST, _("Nieuwste eerst")), (SORT_CLOSING, _("Sluit het eerst"))],
        error_messages={"invalid_choice": _("Sorteer op nieuwste of op sluitingsdatum.")},
    )
    pagina = forms.IntegerField(
        label=_("Pagina"),
        required=False,
        min_value=1,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": _("Dit paginanummer klopt niet. U ziet de eerste pagina."),
            "min_value": _("Dit paginanummer klopt niet. U ziet de eerste pagina."),
        },
    )

    # The checkbox groups, shown as a fieldset each.
    flag_fields = tuple(name for name, _field in FLAGS)

    def __init__(self, data=None, **kwargs):
        super().__init__(data=data, **kwargs)
        # The URL says "weinig-nederlands"; a Python attribute cannot have a hyphen.
        self.fields["weinig-nederlands"] = self.fields.pop("weinig_nederlands")
        self.order_fields(URL_ORDER)
        self.fields["wijk"].choices = [("", _("Heel Almere")), *wijk_choices()]
        self.fields["thema"].choices = theme_choices()
        self.fields["uren"].choices = [
            ("", _("Maakt niet uit")),
            *((str(hours), _("Hoogstens %(hours)s uur") % {"hours": hours}) for hours in HOURS),
        ]

    def filters(self):
        """The valid values (a wrong one is left out, and explained next to its field)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return dict(getattr(self, "cleaned_data", {}))

    @property
    def is_filtered(self):
        return bool(
            self.is_bound and any(self.data.get(name) for name in URL_ORDER if name != "sorteer")
        )

    def flags(self):
        return [self[name] for name in self.flag_fields]

    @property
    def more_filters_open(self):
        """Whether "Meer filters" (theme, the flags, hours, sort) starts open: when one of
        them is in use or has an error, so no chosen filter and no error is hidden."""
        if not self.is_bound:
            return False
        folded = [self["thema"], *self.flags(), self["uren"], self["sorteer"]]
        if any(field.errors for field in folded):
            return True
        # The form sends every field; the default order ("nieuw") is no choice of the person.
        chosen = [self["thema"], *self.flags(), self["uren"]]
        return any(field.data for field in chosen) or self["sorteer"].data == SORT_CLOSING


def find_vacancies(cleaned_data, now):
    """The live vacancies that match the search, in the asked order, with what a card shows.

    Filters by ids and plain columns only, so a search is one query for the count and one
    for the page, however many vacancies there are.
    """
    vacancies = Vacancy.objects.filter(rules.live_q(now))
    for word in (cleaned_data.get("q") or "").split()[:10]:
        vacancies = vacancies.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(tasks__icontains=word)
            | Q(organisation__name__icontains=word)
        )
    if cleaned_data.get("wijk"):
        # A district (stadsdeel) includes its neighbourhoods.
        vacancies = vacancies.filter(wijk_id__in=wijk_ids(cleaned_data["wijk"]))
    if cleaned_data.get("thema"):
        # A subquery, not a join: a vacancy with two chosen themes is still found once.
        with_theme = Vacancy.themes.through.objects.filter(theme__slug__in=cleaned_data["thema"])
        vacancies = vacancies.filter(pk__in=with_theme.values("vacancy_id"))
    if cleaned_data.get("tijd"):
        vacancies = vacancies.filter(commitment=cleaned_data["tijd"])
    if cleaned_data.get("uren"):
        vacancies = vacancies.filter(hours_per_week__lte=cleaned_data["uren"])
    for name, field in FLAGS:
        if cleaned_data.get(name):
            vacancies = vacancies.filter(**{field: True})
    if cleaned_data.get("sorteer") == SORT_CLOSING:
        order = ("expires_on", "-published_at", "-pk")
    else:
        order = ("-published_at", "-pk")
    return vacancies.select_related("organisation", "wijk").order_by(*order)


def query_string(cleaned_data, page=None):
    """The search as a canonical query string (fixed order, no empty or default values):
    the same search always has the same address, and an alert stores exactly this."""
    pairs = []
    for name in URL_ORDER:
        value = cleaned_data.get(name)
        if not value or (name == "sorteer" and value == SORT_NEWEST):
            continue
        if name == "thema":
            pairs.extend(("thema", slug) for slug in sorted(value))
        elif value is True:
            pairs.append((name, "1"))
        else:
            pairs.append((name, str(value).strip()))
    if page and page > 1:
        pairs.append(("pagina", str(page)))
    return urlencode(pairs)


def describe(cleaned_data):
    """The search in a few words, such as "Korte klus · Almere Buiten" ("Alle vacatures"
    when nothing is chosen), for the page, the alert sign-up and the alert mail."""
    parts = []
    if cleaned_data.get("q"):
        parts.append(f"“{cleaned_data['q'].strip()}”")
    if cleaned_data.get("tijd"):
        parts.append(str(Commitment(cleaned_data["tijd"]).label))
    if cleaned_data.get("uren"):
        parts.append(str(_("hoogstens %(hours)s uur per week") % {"hours": cleaned_data["uren"]}))
    if cleaned_data.get("wijk"):
        names = dict(wijk_choices())
        parts.append(names.get(cleaned_data["wijk"], cleaned_data["wijk"]).removeprefix("– "))
    if cleaned_data.get("thema"):
        names = dict(theme_choices())
        parts.extend(names.get(slug, slug) for slug in sorted(cleaned_data["thema"]))
    labels = {
        "online": _("Online / vanuit huis"),
        "jongeren": _("Geschikt voor jongeren"),
        "weinig-nederlands": _("Weinig Nederlands nodig"),
        "begeleiding": _("Met begeleiding"),
    }
    parts.extend(str(label) for name, label in labels.items() if cleaned_data.get(name))
    return " · ".join(parts) if parts else str(_("Alle vacatures"))
