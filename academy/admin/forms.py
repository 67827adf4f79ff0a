"""Forms for the staff actions on an edition, and the register numbers of a participant."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .. import rules
from ..forms import BILLING_FIELD_NAMES, billing_fields, billing_from, check_billing
from ..models import (
    AccreditationRegister,
    Participant,
    ParticipantType,
    ProfessionalRegistration,
)
from ..services.registration import Answers

NEW_PARTICIPANT = ""
REACH_MESSAGE = _("Vul een telefoonnummer of een e-mailadres in, zodat we iemand kunnen bereiken.")
EMAIL_TAKEN_MESSAGE = _(
    "Er is al een deelnemer met dit e-mailadres. Zoek deze persoon en kies hem of haar."
)


def participant_label(participant):
    reach = ", ".join(part for part in (participant.email, participant.phone) if part)
    return f"{participant.full_name} ({reach})" if reach else participant.full_name


class ParticipantSearchForm(forms.Form):
    """GET form above the registration form: narrows the list of existing people."""

    zoek = forms.CharField(
        label=_("Zoek een bestaande deelnemer"),
        required=False,
        max_length=100,
        help_text=_("Op naam, e-mailadres of telefoonnummer."),
    )


def register_fields(registers, required):
    """The register and number fields, for the registers the course gives points in."""
    registers = list(registers)
    hints = " ".join(
        f"{register.short_name}: {register.number_hint}"
        for register in registers
        if register.number_hint
    )
    return {
        "register": forms.ModelChoiceField(
            label=_("Register voor accreditatiepunten"),
            queryset=AccreditationRegister.objects.filter(pk__in=[r.pk for r in registers]),
            required=required,
            empty_label=_("Geen punten") if not required else _("Kies een register"),
            help_text=_("Alleen voor professionals die accreditatiepunten willen."),
        ),
        "register_number": forms.CharField(
            label=_("Registratienummer"),
            max_length=40,
            required=False,
            help_text=hints,
        ),
    }


def clean_register_number(form, data, participant=None):
    """The number checked by the register (AccreditationRegister.clean_number, the one
    check). Left empty for a known person: the number we already have for them."""
    register = data.get("register")
    number = (data.get("register_number") or "").strip()
    if register is None:
        if number and "register" not in form.errors:
            form.add_error("register", _("Kies het register bij dit nummer."))
        return
    if not number and participant is not None and participant.pk:
        known = participant.professional_registrations.filter(register=register).first()
        number = known.number if known is not None else ""
    try:
        data["register_number"] = register.clean_number(number)
    except ValidationError as error:
        form.add_error("register_number", error)


class StaffRegistrationForm(forms.Form):
    """Staff register someone who phoned or walked in: an existing person or a new one."""

    participant = forms.ModelChoiceField(
        label=_("Wie meldt u aan?"),
        queryset=Participant.objects.filter(anonymised__isnull=True),
        required=False,
        widget=forms.RadioSelect,
    )
    first_name = forms.CharField(label=_("Voornaam"), max_length=80, required=False)
    last_name = forms.CharField(label=_("Achternaam"), max_length=120, required=False)
    phone = forms.CharField(label=_("Telefoonnummer"), max_length=40, required=False)
    email = forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        help_text=_("Niet verplicht. Zonder e-mailadres krijgt deze persoon geen e-mails."),
    )
    participant_type = forms.ChoiceField(
        label=_("Soort deelnemer"),
        choices=ParticipantType.choices,
        initial=ParticipantType.VOLUNTEER,
        required=False,
    )
    dietary = forms.CharField(label=_("Dieetwensen"), max_length=300, required=False)
    accessibility = forms.CharField(
        label=_("Toegankelijkheid en hulpmiddelen"), max_length=300, required=False
    )

    def __init__(self, *args, matches=(), registers=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Someone who phones for a paid training may pay by invoice (all optional here).
        self.fields.update(billing_fields())
        # A professional who wants points: the register and number, checked as online.
        self.fields.update(register_fields(registers, required=False))
        # Validation accepts any participant; the page only lists the search results.
        self.fields["participant"].widget.choices = [
            (NEW_PARTICIPANT, _("Een nieuwe deelnemer (vul de gegevens hieronder in)")),
            *((person.pk, participant_label(person)) for person in matches),
        ]

    def clean(self):
        data = super().clean()
        if self.pays_by_invoice(data):
            check_billing(self, data)
        clean_register_number(self, data, data.get("participant"))
        if data.get("participant"):
            return data
        missing = {
            "first_name": _("Vul de voornaam in."),
            "last_name": _("Vul de achternaam in."),
        }
        for field, message in missing.items():
            if not (data.get(field) or "").strip():
                self.add_error(field, message)
        if not data.get("phone") and not data.get("email") and "email" not in self.errors:
            self.add_error("phone", REACH_MESSAGE)
        if not data.get("participant_type"):
            data["participant_type"] = ParticipantType.VOLUNTEER
        email = data.get("email")
        if email and Participant.objects.filter(email__iexact=email).exists():
            self.add_error("email", EMAIL_TAKEN_MESSAGE)
        return data

    @staticmethod
    def pays_by_invoice(data):
        return any((data.get(name) or "").strip() for name in BILLING_FIELD_NAMES)

    def billing(self):
        """Billing for services.register when staff filled in invoice details, else None."""
        if not self.pays_by_invoice(self.cleaned_data):
            return None
        return billing_from(self.cleaned_data)

    def billing_fields(self):
        return [self[name] for name in BILLING_FIELD_NAMES]

    def new_participant(self):
        data = self.cleaned_data
        return Participant(
            first_name=data["first_name"].strip(),
            last_name=data["last_name"].strip(),
            phone=data["phone"].strip(),
            email=data["email"],
            participant_type=data["participant_type"],
        )

    def answers(self):
        register = self.cleaned_data.get("register")
        return Answers(
            dietary=self.cleaned_data["dietary"],
            accessibility=self.cleaned_data["accessibility"],
            wants_accreditation=register is not None,
            register_id=register.pk if register is not None else None,
            register_number=self.cleaned_data.get("register_number", "") if register else "",
        )


class EditionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, edition):
        return _("%(edition)s – %(status)s, %(free)s vrije plaatsen") % {
            "edition": edition,
            "status": edition.get_status_display(),
            "free": rules.free_places(edition, rules.place_counts(edition)),
        }


class MoveForm(forms.Form):
    to_edition = EditionChoiceField(
        label=_("Naar welke editie?"),
        queryset=None,
        empty_label=None,
        widget=forms.RadioSelect,
        help_text=_("Is die editie vol? Dan komt de deelnemer daar op de wachtlijst."),
    )

    def __init__(self, *args, editions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_edition"].queryset = editions


class CancelRegistrationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden (niet verplicht)"),
        max_length=300,
        required=False,
        help_text=_("Alleen voor intern gebruik."),
    )


class StaffMessageForm(forms.Form):
    # Made when the form is shown: sending the same form twice does not mail twice.
    message_id = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)
    subject = forms.CharField(label=_("Onderwerp"), max_length=200)
    message = forms.CharField(
        label=_("Bericht"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Schrijf kort en duidelijk. Wij zetten de naam van de training erbij."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("message_id", uuid.uuid4().hex)
        super().__init__(*args, **kwargs)


class CancelEditionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Deze reden staat in de e-mail aan de deelnemers."),
    )
    confirm = forms.BooleanField(
        label=_("Ja, annuleer deze editie en laat alle deelnemers dit weten."),
        error_messages={"required": _("Zet een vinkje om te bevestigen.")},
    )


class RegisterNumberForm(forms.Form):
    """Staff record or correct the register and number of one registration."""

    def __init__(self, *args, registers=(), participant=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.participant = participant
        self.fields.update(register_fields(registers, required=True))
        self.fields["register"].help_text = ""
        self.fields["register"].error_messages["required"] = _(
            "Kies het register waarvoor deze persoon punten krijgt."
        )

    def clean(self):
        data = super().clean()
        clean_register_number(self, data, self.participant)
        return data


class ProfessionalRegistrationForm(forms.ModelForm):
    class Meta:
        model = ProfessionalRegistration
        fields = ["register", "number"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].queryset = AccreditationRegister.objects.order_by("name")

    def clean(self):
        data = super().clean()
        register, number = data.get("register"), data.get("number")
        if register and number and not data.get("DELETE"):
            try:
                data["number"] = register.clean_number(number)
            except ValidationError as error:
                self.add_error("number", error)
        return data


ProfessionalRegistrationFormSet = forms.inlineformset_factory(
    Participant,
    ProfessionalRegistration,
    form=ProfessionalRegistrationForm,
    extra=1,
    can_delete=True,
)
