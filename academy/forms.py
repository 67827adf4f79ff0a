"""Forms of the public academy pages: enrolment, profile and register numbers."""

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
        self.registers = self._accredited_registers(course)
        self.asks_accreditation = bool(self.registers) and (
            participant.is_professional or self.asks_profile
        )
        if self.asks_accreditation:
            self._add_accreditation_fields(participant)

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
