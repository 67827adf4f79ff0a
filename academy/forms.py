"""Forms of the public academy pages: enrolment, profile and register numbers."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from cms.models import Wijk

from .models import (
    AccreditationRegister,
    Participant,
    ParticipantType,
    ProfessionalRegistration,
)
from .services.charges import Billing
from .services.registration import Answers

PROFILE_FIELDS = ["first_name", "last_name", "phone", "organisation", "wijk", "participant_type"]


def _wijk_queryset():
    return Wijk.objects.select_related("district").order_by("name")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Participant
        fields = PROFILE_FIELDS
        widgets = {"participant_type": forms.RadioSelect}
        help_texts = {
            "phone": _("Dan kunnen we u bellen als er iets verandert."),
            "participant_type": _("Hiervan hangt de prijs van een training af."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["wijk"].queryset = _wijk_queryset()
        self.fields["wijk"].empty_label = _("Zeg ik liever niet")
        self.fields["participant_type"].choices = ParticipantType.choices
        autocomplete = {
            "first_name": "given-name",
            "last_name": "family-name",
            "phone": "tel",
            "organisation": "organization",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["phone"].widget.input_type = "tel"


class BaseRegisterNumberFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            register = form.cleaned_data.get("register")
            if register is None:
                continue
            if register.pk in seen:
                form.add_error("register", _("U hebt dit register al gekozen."))
            seen.add(register.pk)


class RegisterNumberForm(forms.ModelForm):
    class Meta:
        model = ProfessionalRegistration
        fields = ["register", "number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].queryset = AccreditationRegister.objects.order_by("name")
        self.fields["register"].empty_label = _("Kies een register")
        # An empty row is simply skipped; a half-filled row gets a clear message in clean().
        self.fields["register"].required = False
        self.fields["number"].required = False

    def clean(self):
        cleaned = super().clean()
        register, number = cleaned.get("register"), cleaned.get("number", "")
        if register is None and (number or self.instance.pk):
            self.add_error("register", _("Kies het register van dit nummer."))
        elif register is not None:
            try:
                cleaned["number"] = register.clean_number(number)
            except ValidationError as error:
                self.add_error("number", error)
        return cleaned


RegisterNumberFormSet = inlineformset_factory(
    Participant,
    ProfessionalRegistration,
    form=RegisterNumberForm,
    formset=BaseRegisterNumberFormSet,
    extra=1,
    max_num=10,
    can_delete=True,
    can_delete_extra=False,
)


PAYMENT_CHOICES = [
    ("online", _("Nu online betalen (iDEAL, creditcard of Bancontact)")),
    ("factuur", _("Op factuur (voor organisaties)")),
]
# Required only when the person pays by invoice (checked in EnrolForm.clean).
BILLING_REQUIRED = {
    "billing_organisation": _("Vul de naam van de organisatie in."),
    "billing_address": _("Vul het adres in waar de factuur heen moet."),
    "billing_postcode": _("Vul de postcode in."),
    "billing_city": _("Vul de plaats in."),
}
_DUTCH_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Z]{2})$")
# Letter pairs the post does not use in Dutch postcodes.
_UNUSED_POSTCODE_LETTERS = {"SA", "SD", "SS"}


def clean_postcode(value):
    """A Dutch postcode as the post writes it: 1234 AB."""
    match = _DUTCH_POSTCODE.match(" ".join(value.upper().split()))
    if match is None or match.group(2) in _UNUSED_POSTCODE_LETTERS:
        raise ValidationError(
            _("Vul een Nederlandse postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1315 AB.")
        )
    return f"{match.group(1)} {match.group(2)}"


def billing_fields():
    """The invoice details; optional on their own, required by EnrolForm.clean for invoices."""
    needed = _("Verplicht als u op factuur betaalt.")
    return {
        "billing_organisation": forms.CharField(
            label=_("Naam van de organisatie"),
            help_text=needed,
            max_length=160,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        ),
        "billing_contact": forms.CharField(
            label=_("Ter attentie van"),
            help_text=_("Niet verplicht. Bijvoorbeeld de afdeling of de persoon die betaalt."),
            max_length=160,
            required=False,
        ),
        "billing_address": forms.CharField(
            label=_("Adres"),
            help_text=_("Straat en huisnummer, of postbus. Verplicht als u op factuur betaalt."),
            max_length=200,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "address-line1"}),
        ),
        "billing_postcode": forms.CharField(
            label=_("Postcode"),
            help_text=_("Bijvoorbeeld 1315 AB. Verplicht als u op factuur betaalt."),
            max_length=12,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
        ),
        "billing_city": forms.CharField(
            label=_("Plaats"),
            help_text=needed,
            max_length=80,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
        ),
        "billing_reference": forms.CharField(
            label=_("Kenmerk of inkoopnummer"),
            help_text=_("Niet verplicht. Wij zetten het op de factuur."),
            max_length=60,
            required=False,
        ),
        "billing_email": forms.EmailField(
            label=_("E-mailadres voor de factuur"),
            help_text=_("Niet verplicht. Leeg: wij sturen de factuur naar uw eigen e-mailadres."),
            required=False,
            error_messages={
                "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.")
            },
        ),
    }


# In the order the form shows them.
BILLING_FIELD_NAMES = list(billing_fields())


def check_billing(form, cleaned):
    """The invoice details are complete and the postcode is written the Dutch way."""
    for name, message in BILLING_REQUIRED.items():
        if not cleaned.get(name, "").strip() and name not in form.errors:
            form.add_error(name, message)
    postcode = cleaned.get("billing_postcode", "")
    if postcode and "billing_postcode" not in form.errors:
        try:
            cleaned["billing_postcode"] = clean_postcode(postcode)
        except ValidationError as error:
            form.add_error("billing_postcode", error)


def billing_from(data):
    return Billing(
        organisation=data["billing_organisation"],
        contact=data.get("billing_contact", ""),
        address=data["billing_address"],
        postcode=data["billing_postcode"],
        city=data["billing_city"],
        reference=data.get("billing_reference", ""),
        email=data.get("billing_email", ""),
    )


class EnrolForm(forms.Form):
    """Missing profile fields, the course's questions and, for professionals, accreditation.

    The fields depend on the course and on what the person's profile still lacks.
    """

    def __init__(self, *args, edition, participant, **kwargs):
        super().__init__(*args, **kwargs)
        self.edition = edition
        self.participant = participant
        course = edition.course
        self.asks_profile = not (participant.first_name and participant.last_name)
        if self.asks_profile:
            profile = ProfileForm(instance=participant)
            for name in ("first_name", "last_name", "phone", "participant_type"):
                self.fields[name] = profile.fields[name]
                self.initial.setdefault(name, getattr(participant, name))
        self.question_names = []
        if course is not None and course.ask_dietary:
            self.fields["dietary"] = forms.CharField(
                label=_("Hebt u een dieet of allergie?"),
                help_text=_("Bijvoorbeeld: vegetarisch, halal of geen noten. Mag leeg blijven."),
                max_length=300,
                required=False,
            )
            self.question_names.append("dietary")
        if course is None or course.ask_accessibility:
            self.fields["accessibility"] = forms.CharField(
                label=_("Hebt u iets nodig om goed mee te doen?"),
                help_text=_(
                    "Bijvoorbeeld: een rolstoelplek, grote letters of een tolk. Mag leeg blijven."
                ),
                max_length=300,
                required=False,
            )
            self.question_names.append("accessibility")
        if course is not None and course.ask_motivation:
            self.fields["motivation"] = forms.CharField(
                label=_("Waarom wilt u meedoen?"),
                help_text=_("Niet verplicht. De trainer leest dit vooraf."),
                max_length=2000,
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.question_names.append("motivation")
        # Only professionals (or someone who may still say they are one) are asked about
        # points: nobody else needs the course's registers looked up.
        may_want_points = participant.is_professional or self.asks_profile
        self.registers = self._accredited_registers(course) if may_want_points else []
        self.asks_accreditation = bool(self.registers)
        if self.asks_accreditation:
            self._add_accreditation_fields(participant)
        self.asks_payment = self._may_cost_money(course, participant)
        if self.asks_payment:
            self._add_payment_fields()

    def _may_cost_money(self, course, participant):
        """Ask how to pay when the person's price is above zero; when the form still asks
        what kind of participant they are, when any price is."""
        if course is None:
            return False
        if self.asks_profile:
            return any(price.amount_cents > 0 for price in course.prices.all())
        return course.price_for(participant.participant_type) > 0

    def _add_payment_fields(self):
        self.fields["payment_method"] = forms.ChoiceField(
            label=_("Hoe wilt u betalen?"),
            choices=PAYMENT_CHOICES,
            initial="online",
            widget=forms.RadioSelect,
            # Only a person whose price turns out to be zero may leave it empty.
            required=not self.asks_profile,
        )
        for name, field in billing_fields().items():
            self.fields[name] = field

    @staticmethod
    def _accredited_registers(course):
        if course is None:
            return []
        ids = {item.register_id for item in course.accreditations.all()}
        return list(AccreditationRegister.objects.filter(pk__in=ids).order_by("name"))

    def _add_accreditation_fields(self, participant):
        self.fields["wants_accreditation"] = forms.BooleanField(
            label=_("Ik wil accreditatiepunten"), required=False
        )
        self.fields["register"] = forms.ModelChoiceField(
            label=_("Register"),
            queryset=AccreditationRegister.objects.filter(pk__in=[r.pk for r in self.registers]),
            empty_label=_("Kies een register") if len(self.registers) > 1 else None,
            required=False,
        )
        self.fields["register_number"] = forms.CharField(
            label=_("Uw registratienummer"),
            max_length=40,
            required=False,
            # What a good number looks like, before anyone types a wrong one.
            help_text=" ".join(
                f"{register.short_name}: {register.number_hint}"
                for register in self.registers
                if register.number_hint
            ),
        )
        known = {
            item.register_id: item.number for item in participant.professional_registrations.all()
        }
        for register in self.registers:
            if register.pk in known:
                self.initial.setdefault("register", register.pk)
                self.initial.setdefault("register_number", known[register.pk])
                break

    def clean(self):
        cleaned = super().clean()
        if self.asks_payment:
            self._clean_billing(cleaned)
        if not cleaned.get("wants_accreditation"):
            return cleaned
        register = cleaned.get("register")
        if register is None:
            self.add_error("register", _("Kies het register waarvoor u punten wilt."))
            return cleaned
        try:
            cleaned["register_number"] = register.clean_number(cleaned.get("register_number"))
        except ValidationError as error:
            self.add_error("register_number", error)
        return cleaned

    def _clean_billing(self, cleaned):
        if cleaned.get("payment_method") != "factuur" or self.price_cents(cleaned) <= 0:
            return
        check_billing(self, cleaned)

    def price_cents(self, cleaned=None):
        """What this person pays, with the participant type from the form if it asks one."""
        course = self.edition.course
        if course is None:
            return 0
        cleaned = self.cleaned_data if cleaned is None else cleaned
        kind = cleaned.get("participant_type") or self.participant.participant_type
        return course.price_for(kind)

    def billing(self):
        """Billing for services.register when the person pays by invoice, else None."""
        if not self.asks_payment or self.cleaned_data.get("payment_method") != "factuur":
            return None
        if self.price_cents() <= 0:
            return None
        return billing_from(self.cleaned_data)

    def payment_fields(self):
        return [self["payment_method"]] if self.asks_payment else []

    def billing_fields(self):
        return [self[name] for name in BILLING_FIELD_NAMES] if self.asks_payment else []

    @property
    def profile_field_names(self):
        return [
            name
            for name in ("first_name", "last_name", "phone", "participant_type")
            if name in self.fields
        ]

    def profile_fields(self):
        return [self[name] for name in self.profile_field_names]

    def question_fields(self):
        return [self[name] for name in self.question_names]

    def accreditation_fields(self):
        if not self.asks_accreditation:
            return []
        return [self[name] for name in ("wants_accreditation", "register", "register_number")]

    def profile_changes(self):
        return {name: self.cleaned_data[name] for name in self.profile_field_names}

    def answers(self):
        data = self.cleaned_data
        register = data.get("register")
        wants = bool(data.get("wants_accreditation"))
        return Answers(
            dietary=data.get("dietary", ""),
            accessibility=data.get("accessibility", ""),
            motivation=data.get("motivation", ""),
            wants_accreditation=wants,
            register_id=register.pk if (wants and register) else None,
            register_number=data.get("register_number", "") if wants else "",
        )


class ConfirmForm(forms.Form):
    """An empty form for POST-only confirmations (the CSRF token is the only field)."""


class OfferAnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[("accept", "accept"), ("decline", "decline")])


class FeedActionForm(forms.Form):
    action = forms.ChoiceField(choices=[("create", "create"), ("revoke", "revoke")])
