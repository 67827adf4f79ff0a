"""The form of one wegwijzer question, and the form to mail the result to oneself.

A question's form is sent with GET: its field names are the parameters in the link
(path.py), so the answers never need a cookie or the server's memory.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.public_forms import honeypot_field

from . import path

CHOOSE = path.CHOOSE
UNKNOWN = path.UNKNOWN_ANSWER


def _choice_field(question, choices, multiple):
    field_class = forms.MultipleChoiceField if multiple else forms.ChoiceField
    widget = forms.CheckboxSelectMultiple if multiple else forms.RadioSelect
    return field_class(
        label=question["question"],
        help_text=question["help_text"],
        choices=choices,
        widget=widget,
        error_messages={"required": CHOOSE, "invalid_choice": UNKNOWN},
    )


def question_form(child, districts, values, show_errors):
    """A form for the question `child` showing `values` (what was chosen or sent).

    Bound, so its errors show, only when the walk stopped here on an error."""
    question = child.value
    key = question["key"]
    fields = {}
    data = {}
    if child.block_type == "balanscheck":
        choices = [(value, label) for value, (label, _points) in path.BALANCE_ANSWERS.items()]
        for number, statement in enumerate(question["statements"], start=1):
            name = f"{key}.{number}"
            fields[name] = forms.ChoiceField(
                label=statement,
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Geef bij deze zin een antwoord."),
                    "invalid_choice": UNKNOWN,
                },
            )
            data[name] = values[number - 1] if number <= len(values) else ""
    elif child.block_type == "wijk":
        choices = [
            *districts.items(),
            (path.ELSEWHERE, _("Ergens anders, of dat zeg ik liever niet")),
        ]
        fields[key] = _choice_field(question, choices, multiple=False)
        data[key] = values[0] if values else ""
    else:
        choices = [(answer["key"], answer["label"]) for answer in question["answers"]]
        fields[key] = _choice_field(question, choices, multiple=question["multiple"])
        data[key] = values if question["multiple"] else (values[0] if values else "")
    form_class = type("QuestionForm", (forms.Form,), fields)
    if show_errors:
        form = form_class(data=data)
        form.is_valid()
        return form
    return form_class(initial=data)


class MailResultForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_("Wij sturen het overzicht één keer. Wij bewaren uw adres niet."),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Dit e-mailadres klopt niet. Kijk of er een @ in staat."),
        },
    )
    website = honeypot_field()
