"""The forms people fill in without an account: "Ik wil dit doen", "Help mij zoeken" and
the vacancy alert. Each has a honeypot and refuses links, which only spam needs."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cms.models import Wijk
from cms.public_forms import honeypot_field, no_links

from ..models import ContactPreference, HelpChannel

MESSAGE_LIMIT = 1000
# Digits, spaces and + - ( ) . /; at least 6 digits.
_PHONE = re.compile(r"^[0-9+\-() ./]{6,40}$")

NEED_CONTACT = _("Vul uw e-mailadres of uw telefoonnummer in. Anders kunnen wij u niet bereiken.")


def valid_phone(value):
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 6):
        raise ValidationError(
            _("Vul een geldig telefoonnummer in, bijvoorbeeld 036 123 45 67."), code="phone"
        )


def name_field():
    return forms.CharField(
        label=_("Uw naam"),
        max_length=120,
        validators=[no_links],
        error_messages={
            "required": _("Vul uw naam in."),
            "max_length": _("Uw naam is te lang. Gebruik hoogstens %(limit_value)d tekens."),
        },
    )


def email_field():
    return forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
    )


def phone_field():
    return forms.CharField(
        label=_("Uw telefoonnummer"),
        required=False,
        max_length=40,
        validators=[valid_phone],
        error_messages={"max_length": _("Dit telefoonnummer is te lang.")},
    )


def message_field(label, help_text):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=MESSAGE_LIMIT,
        validators=[no_links],
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": _(
                "Uw bericht is te lang. Gebruik hoogstens %(limit_value)d tekens. "
                "Nu zijn het er %(show_value)d."
            )
        },
    )


class ReachableFormMixin:
    """An e-mail address or a phone number, at least one of them."""

    def check_reachable(self, cleaned):
        if not cleaned.get("email") and not cleaned.get("phone"):
            if "email" not in self.errors and "phone" not in self.errors:
                self.add_error("email", NEED_CONTACT)


class ReactionForm(ReachableFormMixin, forms.Form):
    name = name_field()
    email = email_field()
    phone = phone_field()
    contact_preference = forms.ChoiceField(
        label=_("Hoe wilt u dat de organisatie contact met u opneemt?"),
        choices=ContactPreference.choices,
        initial=ContactPreference.EMAIL,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe u contact wilt."),
            "invalid_choice": _("Kies hoe u contact wilt."),
        },
    )
    message = message_field(
        _("Uw bericht aan de organisatie"),
        _("Niet verplicht. Schrijf bijvoorbeeld wanneer u kunt. Hoogstens 1000 tekens."),
    )
    consent = forms.BooleanField(
        label=_("Ik vind het goed dat VMCA mijn gegevens doorstuurt naar deze organisatie"),
        error_messages={
            "required": _("Zet een vinkje. Anders kunnen wij uw reactie niet doorsturen.")
        },
    )
    website = honeypot_field()

    def clean(self):
        cleaned = super().clean()
        self.check_reachable(cleaned)
        preference = cleaned.get("contact_preference")
        if (
            preference == ContactPreference.EMAIL
            and cleaned.get("phone")
            and not cleaned.get("email")
            and "email" not in self.errors
        ):
            self.add_error(
                "email", _("U kiest voor contact per e-mail. Vul dan ook uw e-mailadres in.")
            )
        if (
            preference in (ContactPreference.PHONE, ContactPreference.WHATSAPP)
            and cleaned.get("email")
            and not cleaned.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone", _("U kiest voor bellen of een bericht. Vul dan ook uw telefoonnummer in.")
            )
        return cleaned


class HelpRequestForm(ReachableFormMixin, forms.Form):
    name = name_field()
    phone = phone_field()
    email = email_field()
    channel = forms.ChoiceField(
        label=_("Wat wilt u?"),
        choices=HelpChannel.choices,
        initial=HelpChannel.PHONE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies: bellen of langskomen."),
            "invalid_choice": _("Kies: bellen of langskomen."),
        },
    )
    wijk = forms.ModelChoiceField(
        label=_("In welke wijk woont u?"),
        help_text=_("Niet verplicht."),
        queryset=Wijk.objects.none(),
        required=False,
        empty_label=_("Zeg ik liever niet"),
        error_messages={
            "invalid_choice": _("Deze wijk kennen we niet. Kies een wijk uit de lijst.")
        },
    )
    message = message_field(
        _("Wat voor vrijwilligerswerk zoekt u?"),
        _("Niet verplicht. Een paar woorden is genoeg."),
    )
    best_time = forms.CharField(
        label=_("Wanneer kunnen wij u het best bereiken?"),
        help_text=_("Niet verplicht. Bijvoorbeeld: dinsdagochtend."),
        required=False,
        max_length=120,
        validators=[no_links],
        error_messages={
            "max_length": _("Dit is te lang. Gebruik hoogstens %(limit_value)d tekens.")
        },
    )
    consent = forms.BooleanField(
        label=_("Ik vind het goed dat VMCA mijn gegevens bewaart om mij te helpen"),
        error_messages={"required": _("Zet een vinkje. Anders kunnen wij u niet helpen.")},
    )
    website = honeypot_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.order_by("name")

    def clean(self):
        cleaned = super().clean()
        self.check_reachable(cleaned)
        return cleaned


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
    )
    query = forms.CharField(
        required=False,
        max_length=500,
        widget=forms.HiddenInput,
        error_messages={"max_length": _("Deze zoekopdracht is te lang. Kies minder filters.")},
    )
    website = honeypot_field()
