"""The blocks editors build a wegwijzer path with: one block is one question (one screen).

A question has a short key, used in the link (`?voor-wie=ouder`), so a shared link and the
back button keep working. Each answer may name the next question (by its key) or
`resultaat`; without one, the path goes on with the question below it. What an answer
adds to the result: themes (the needs the result is grouped by), audiences, chosen
offers and an age range.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

RESULT = "resultaat"


def theme_choices():
    from cms.models import Theme

    return [(theme.slug, theme.name) for theme in Theme.objects.order_by("name")]


def audience_choices():
    from cms.models import Audience

    return [(audience.slug, audience.name) for audience in Audience.objects.order_by("pk")]


def next_question_block():
    return blocks.CharBlock(
        label=_("volgende vraag"),
        required=False,
        max_length=40,
        help_text=_(
            "De korte naam van de vraag die hierna komt, of 'resultaat'. "
            "Leeg: de vraag die hieronder staat."
        ),
    )


class SlugsBlock(blocks.MultipleChoiceBlock):
    """Checkboxes of themes or audiences, stored as their slugs.

    Read back as the stored strings: Wagtail would look each value up in the choices,
    which are read from the database, once per answer of every walk."""

    def to_python(self, value):
        return [str(item) for item in value or []]


class OfferIdBlock(blocks.PageChooserBlock):
    """A support offer, kept as its id. Walking the path only needs the ids; loading every
    chosen offer's page whenever the questions are read would cost queries on every step.
    The result loads the offers it shows (guide.wegwijzer.result)."""

    def to_python(self, value):
        return value

    def bulk_to_python(self, values):
        return list(values)

    def normalize(self, value):
        return getattr(value, "pk", value)

    def value_from_form(self, value):
        return getattr(value, "pk", value)

    def get_prep_value(self, value):
        return getattr(value, "pk", value)

    def extract_references(self, value):
        if value is not None:
            yield self.model_class, str(value), "", ""


class AddsToResultBlock(blocks.StructBlock):
    """What a choice adds to the result (shared by answers and balance-check bands)."""

    themes = SlugsBlock(
        label=_("thema's (behoeften)"),
        choices=theme_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Het resultaat toont aanbod met deze thema's, per thema een groep."),
    )
    audiences = SlugsBlock(
        label=_("doelgroepen"),
        choices=audience_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Aanbod voor deze doelgroepen komt in elke groep eerst."),
    )
    offers = blocks.ListBlock(
        OfferIdBlock(page_type="guide.SupportOfferPage"),
        label=_("altijd tonen"),
        default=[],
        min_num=0,
        help_text=_("Dit aanbod staat altijd in het resultaat, bovenaan."),
    )


class AnswerBlock(AddsToResultBlock):
    label = blocks.CharBlock(label=_("antwoord"), max_length=150)
    key = blocks.CharBlock(
        label=_("korte naam in de link"),
        required=False,
        max_length=40,
        validators=[validate_slug],
        help_text=_("Leeg: gemaakt uit het antwoord."),
    )
    age_from = blocks.IntegerBlock(label=_("leeftijd vanaf"), required=False, min_value=0)
    age_to = blocks.IntegerBlock(label=_("leeftijd tot en met"), required=False, min_value=0)
    next_question = next_question_block()

    class Meta:
        icon = "radio-full"
        label = _("antwoord")
        form_layout = None

    def clean(self, value):
        value = super().clean(value)
        if not value.get("key"):
            value["key"] = slugify(value["label"])[:40] or "antwoord"
        return value


class QuestionFields(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("korte naam"),
        max_length=40,
        validators=[validate_slug],
        help_text=_("Staat in de link, bijvoorbeeld 'voor-wie'. Kies hem één keer."),
    )
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    help_text = blocks.TextBlock(label=_("uitleg"), required=False, max_length=500)


class ChoiceQuestionBlock(QuestionFields):
    multiple = blocks.BooleanBlock(
        label=_("meer antwoorden mogen"),
        required=False,
        help_text=_("Aan: vinkjes. Uit: één antwoord kiezen."),
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("antwoorden"), min_num=2)

    class Meta:
        icon = "list-ul"
        label = _("vraag met antwoorden")

    def clean(self, value):
        value = super().clean(value)
        keys = [answer["key"] for answer in value["answers"]]
        if len(keys) != len(set(keys)):
            raise StructBlockValidationError(
                {"answers": ValidationError(_("Twee antwoorden hebben dezelfde korte naam."))}
            )
        return value


class WijkQuestionBlock(QuestionFields):
    """'In which wijk do you live': the districts of Almere, and 'elsewhere / rather not
    say'. The wijk leaves out offers that are only for another part of Almere."""

    next_question = next_question_block()

    class Meta:
        icon = "site"
        label = _("vraag naar de wijk")


class BandBlock(AddsToResultBlock):
    min_score = blocks.IntegerBlock(label=_("vanaf score"), min_value=0)
    title = blocks.CharBlock(label=_("uitkomst"), max_length=120)
    text = blocks.TextBlock(label=_("uitleg bij de uitkomst"), max_length=800)
    next_question = next_question_block()

    class Meta:
        icon = "success"
        label = _("uitkomst")


class BalanceCheckBlock(QuestionFields):
    """A short balance check: statements answered with ja, een beetje or nee.

    Scored the way the EDIZ and EDIZ-plus instruments are: one point for "ja" and for
    "een beetje" (their "min of meer"), none for "nee". The band with the highest
    'vanaf score' at or below the total decides what is added and where the path goes.
    """

    statements = blocks.ListBlock(
        blocks.CharBlock(max_length=250), label=_("stellingen"), min_num=2, max_num=20
    )
    source = blocks.CharBlock(
        label=_("bron van de stellingen"),
        required=False,
        max_length=250,
        help_text=_("Bijvoorbeeld het meetinstrument en wie het maakte."),
    )
    bands = blocks.ListBlock(BandBlock(), label=_("uitkomsten"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("balanscheck")

    def clean(self, value):
        value = super().clean(value)
        scores = [band["min_score"] for band in value["bands"]]
        if 0 not in scores:
            raise StructBlockValidationError(
                {"bands": ValidationError(_("Eén uitkomst moet beginnen bij score 0."))}
            )
        if len(scores) != len(set(scores)):
            raise StructBlockValidationError(
                {"bands": ValidationError(_("Twee uitkomsten beginnen bij dezelfde score."))}
            )
        return value


def _possible_next(block_type, value):
    if block_type == "vraag":
        return [answer["next_question"] for answer in value["answers"]]
    if block_type == "balanscheck":
        return [band["next_question"] for band in value["bands"]]
    return [value["next_question"]]


class PathBlock(blocks.StreamBlock):
    vraag = ChoiceQuestionBlock()
    wijk = WijkQuestionBlock()
    balanscheck = BalanceCheckBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        keys = [child.value["key"] for child in value]
        errors = {}
        seen = set()
        for index, key in enumerate(keys):
            if key in seen or key == RESULT:
                errors[index] = ValidationError(
                    _("De korte naam '%(key)s' is al gebruikt of niet toegestaan.") % {"key": key}
                )
            seen.add(key)
        position = {key: index for index, key in enumerate(keys)}
        for index, child in enumerate(value):
            for target in _possible_next(child.block_type, child.value):
                if target and target != RESULT and target not in position:
                    errors[index] = ValidationError(
                        _("Er is geen vraag met de korte naam '%(key)s'.") % {"key": target}
                    )
                elif target and target != RESULT and position[target] <= index:
                    # Only forward: a path can never go round in a circle.
                    errors[index] = ValidationError(
                        _("'%(key)s' staat niet lager in de lijst. Een vraag kan alleen "
                          "naar een vraag verderop leiden.") % {"key": target}
                    )  # fmt: skip
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value
