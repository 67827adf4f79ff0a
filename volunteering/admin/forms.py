"""Forms of the vacaturebank admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import Partner

from ..models import HelpRequest, Vacancy
from ..models.choices import MODERATION_CRITERIA

APPROVE = "goedkeuren"
RETURN = "terugsturen"


class CheckForm(forms.Form):
    """The check of a vacancy or a change: the criteria, and a reason when sent back."""

    checklist = forms.MultipleChoiceField(
        label=_("Controle"),
        choices=MODERATION_CRITERIA,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Vink alle punten aan om goed te keuren."),
    )
    reason = forms.CharField(
        label=_("Reden om terug te sturen"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=2000,
        help_text=_("De organisatie leest deze reden in de e-mail."),
    )
    decision = forms.ChoiceField(
        choices=[(APPROVE, _("Goedkeuren")), (RETURN, _("Terugsturen met reden"))],
        widget=forms.HiddenInput,
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("De organisatie leest deze reden in de e-mail."),
    )


class ConfirmForm(forms.Form):
    """An action without input: the button is the confirmation."""


class PostOnBehalfForm(forms.ModelForm):
    """A vacancy that staff enter for an organisation that phoned."""

    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Partner.objects.order_by("name")
    )
    checklist = forms.MultipleChoiceField(
        label=_("Controle"),
        choices=MODERATION_CRITERIA,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Vink alle punten aan om de vacature meteen te plaatsen. "
            "Zonder vinkjes komt de vacature bij de controle."
        ),
    )

    class Meta:
        model = Vacancy
        fields = [
            "title",
            "summary",
            "tasks",
            "offer",
            "commitment",
            "hours_per_week",
            "places",
            "street_address",
            "postcode",
            "wijk",
            "remote",
            "themes",
            "audiences",
            "training",
            "expense_allowance",
            "vog",
            "for_young_people",
            "little_dutch",
            "guidance",
            "contact_name",
            "contact_email",
            "contact_phone",
            "start_date",
            "end_date",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
        }

    field_order = ["organisation"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("De einddatum ligt voor de begindatum."))
        return cleaned


class HelpRequestFollowUpForm(forms.ModelForm):
    class Meta:
        model = HelpRequest
        fields = ["status", "follow_up"]


class PersonSearchForm(forms.Form):
    person = forms.CharField(
        label=_("E-mailadres of telefoonnummer"),
        max_length=254,
        help_text=_("Zoals de persoon het op de website heeft ingevuld."),
    )
