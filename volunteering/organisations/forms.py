"""The forms of Mijn organisatie. They check input; the services decide and save."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.models import Audience, Theme, Wijk

from .. import rules
from ..models import ReactionStatus, Vacancy
from ..models.choices import DAY_PARTS, DAYS
from ..services.vacancies import VACANCY_FIELDS

# The register's field "website" is called web_address here: a form field named
# "website" is the site's spam trap (templates/includes/form_field.html).
PROFILE_FIELD_MAP = {"web_address": "website"}


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Naam van de organisatie"), max_length=150)
    description = forms.CharField(
        label=_("Wat doet uw organisatie?"),
        max_length=1500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Een paar zinnen. Dit staat op de pagina van uw organisatie."),
    )
    street_address = forms.CharField(label=_("Adres"), max_length=150, required=False)
    postcode = forms.CharField(label=_("Postcode"), max_length=10, required=False)
    wijk = forms.ModelChoiceField(
        label=_("Wijk"), queryset=Wijk.objects.order_by("name"), required=False
    )
    web_address = forms.URLField(
        label=_("Website"), required=False, assume_scheme="https", max_length=200
    )
    contact_name = forms.CharField(label=_("Contactpersoon"), max_length=150)
    phone = forms.CharField(label=_("Telefoonnummer"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mailadres van de organisatie"))

    def __init__(self, *args, organisation=None, **kwargs):
        if organisation is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "name": organisation.name,
                "description": organisation.description,
                "street_address": organisation.street_address,
                "postcode": organisation.postcode,
                "wijk": organisation.wijk_id,
                "web_address": organisation.website,
                "contact_name": organisation.contact_name,
                "phone": organisation.phone,
                "email": organisation.email,
            }
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Vul de naam van uw organisatie in."))
        return name

    def profile_data(self):
        """The cleaned data with the register's field names."""
        return {PROFILE_FIELD_MAP.get(key, key): value for key, value in self.cleaned_data.items()}


class SignUpForm(ProfileForm):
    motivation = forms.CharField(
        label=_("Over het vrijwilligerswerk"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Vertel kort wat voor vrijwilligerswerk u aanbiedt. "
            "Bent u een stichting of een vereniging? Zeg het ook."
        ),
    )
    consent = forms.BooleanField(
        label=_("Ik ga akkoord met de voorwaarden van VMCA voor de vacaturebank."),
        error_messages={"required": _("U moet akkoord gaan met de voorwaarden.")},
    )


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres van uw collega"),
        help_text=_("Uw collega krijgt een e-mail en logt in met een code."),
    )


class ReactionStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ReactionStatus.choices)


def _bit_choices(options):
    return [(str(bit), label) for bit, _code, label in options]


class BitMaskField(forms.MultipleChoiceField):
    """Checkboxes stored as one number (models/choices.py DAYS, DAY_PARTS)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, options, **kwargs):
        self.options = options
        super().__init__(choices=_bit_choices(options), required=False, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            return [str(bit) for bit, _code, _label in self.options if value & bit]
        return value

    def clean(self, value):
        return sum(int(bit) for bit in set(super().clean(value)))


class VacancyForm(forms.ModelForm):
    days = BitMaskField(DAYS, label=_("Op welke dagen?"))
    day_parts = BitMaskField(DAY_PARTS, label=_("Welk deel van de dag?"))
    themes = forms.ModelMultipleChoiceField(
        label=_("Thema's"),
        queryset=Theme.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    audiences = forms.ModelMultipleChoiceField(
        label=_("Voor wie doet de vrijwilliger het?"),
        queryset=Audience.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    # The sections of the page, in order: (heading, items). An item is one field's name,
    # or (legend, names) for check boxes that belong together and so share a fieldset.
    # Single fields get plain field markup; only real groups are fieldsets.
    SECTIONS = (
        (_("Over het werk"), ("title", "summary", "tasks")),
        (_("Wat u de vrijwilliger biedt"), ("offer", "training", "expense_allowance", "vog")),
        (_("Hoeveel tijd kost het?"), ("commitment", "hours_per_week", "days", "day_parts")),
        (_("Waar?"), ("street_address", "postcode", "wijk", "remote")),
        (
            _("Voor wie is het geschikt?"),
            (
                "themes",
                "audiences",
                (
                    _("Wat past bij deze vacature?"),
                    ("for_young_people", "little_dutch", "guidance"),
                ),
                "places",
            ),
        ),
        (_("Contactpersoon"), ("contact_name", "contact_email", "contact_phone")),
        (_("Wanneer?"), ("start_date", "end_date")),
    )

    class Meta:
        model = Vacancy
        fields = VACANCY_FIELDS
        widgets = {
            "tasks": forms.Textarea(attrs={"rows": 6}),
            "offer": forms.Textarea(attrs={"rows": 3}),
            "vog": forms.RadioSelect,
            "commitment": forms.RadioSelect,
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        # The model's names speak to the volunteer (the public page uses them as headings);
        # here the organisation fills them in.
        labels = {
            "tasks": _("Wat gaat de vrijwilliger doen?"),
            "offer": _("Wat krijgt de vrijwilliger?"),
        }
        help_texts = {
            "remote": _("Kies dit als de vrijwilliger online of vanuit huis werkt."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.order_by("name")
        # The lifetime is a setting, so the help text is worked out from it.
        days = rules.lifetime_days()
        self.fields["end_date"].help_text = ngettext(
            "Leeg laten als het werk doorloopt. De vacature staat dan %(days)s dag online, "
            "vanaf de dag dat VMCA hem goedkeurt. U kunt hem daarna verlengen.",
            "Leeg laten als het werk doorloopt. De vacature staat dan %(days)s dagen online, "
            "vanaf de dag dat VMCA hem goedkeurt. U kunt hem daarna verlengen.",
            days,
        ) % {"days": days}

    def sections(self):
        """(heading, entries) per section; an entry is (legend, fields), legend None for
        a single field."""
        return [
            (
                heading,
                [
                    (item[0], [self[name] for name in item[1]])
                    if isinstance(item, tuple)
                    else (None, [self[item]])
                    for item in items
                ],
            )
            for heading, items in self.SECTIONS
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("De einddatum ligt vóór de begindatum."))
        if not data.get("remote") and not (data.get("street_address") or data.get("wijk")):
            self.add_error(
                "street_address",
                _("Vul een adres of wijk in, of kies 'online of vanuit huis'."),
            )
        return data
