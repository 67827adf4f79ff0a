"""Walking a wegwijzer path: from the answers in the link to the next question or the
result. Pure logic over the page's questions and the query string; it reads no database
(the districts are passed in) and stores nothing.

A question's answer is in the link under the question's key (`voor-wie=ouder`; for
several answers the key repeats; a balance check has one parameter per statement,
`balans.1=ja`). `vraag=<key>` shows a question on the walk again, to change its answer;
`stap=<key>` says the form of that question was just sent (so an empty answer is an error,
and reaching the result from it is counted once).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models.path_blocks import RESULT

CHANGE = "vraag"
SENT = "stap"
ELSEWHERE = "geen"
ELSEWHERE_LABEL = gettext_lazy("Ergens anders, of dat zeg ik liever niet")
# Also the question form's messages (forms.py), so the field and the walk say the same.
CHOOSE = gettext_lazy("Kies eerst een antwoord.")
UNKNOWN_ANSWER = gettext_lazy("Dit antwoord kennen we niet. Kies een van de antwoorden.")
# A balance-check statement is answered ja, een beetje or nee; like the EDIZ, "ja" and
# "een beetje" (its "min of meer") score one point.
BALANCE_ANSWERS = {
    "ja": (gettext_lazy("Ja"), 1),
    "beetje": (gettext_lazy("Een beetje"), 1),
    "nee": (gettext_lazy("Nee"), 0),
}


@dataclass
class Step:
    """An answered question on the walk."""

    kind: str
    question: object  # the block's StructValue
    params: list  # [(name, value)] for the link
    answers: list = field(default_factory=list)  # chosen answers (StructValues)
    district: str = ""  # wijk question: the district slug, or "" (elsewhere)
    district_name: str = ""
    score: int | None = None  # balance check
    band: object = None  # balance check: the band for the score
    next_key: str = ""

    @property
    def key(self):
        return self.question["key"]

    @property
    def adds(self):
        """The answers and the band: what this step adds to the result."""
        return [*self.answers, *([self.band] if self.band is not None else [])]

    def answer_text(self):
        if self.kind == "wijk":
            return self.district_name
        if self.kind == "balanscheck":
            return self.band["title"]
        return ", ".join(answer["label"] for answer in self.answers)


@dataclass
class Selection:
    """What the answers add up to: the input of the result."""

    themes: list  # theme slugs, in the order they were added
    audiences: list
    offer_ids: list
    district: str
    age_from: int | None
    age_to: int | None
    bands: list


@dataclass
class Walk:
    questions: list  # the path's stream children
    steps: list
    current: object = None  # the stream child shown now, or None: the result
    error: str = ""
    field_errors: list = field(default_factory=list)  # balance statements left empty
    shown_values: list = field(default_factory=list)  # prefill of the current question
    sent_key: str = ""
    kept_params: list = field(default_factory=list)  # answers kept while changing one

    @property
    def finished(self):
        return self.current is None

    @property
    def number(self):
        """The current question's number on this walk (1 for the first)."""
        return len(self.steps) + 1

    def answer_params(self, steps=None):
        steps = self.steps if steps is None else steps
        return [pair for step in steps for pair in step.params]

    def query(self, steps=None, **extra):
        pairs = self.answer_params(steps)
        pairs += [(name, value) for name, value in extra.items() if value]
        return urlencode(pairs)

    def hidden_params(self):
        """The answers the current question's form carries along (not its own)."""
        if self.current is None:
            return self.answer_params()
        own = self.current.value["key"]
        pairs = self.answer_params() + self.kept_params
        return [(name, value) for name, value in pairs if _question_of(name) != own]

    def back_query(self):
        """The link one question back: the walk without the last answer."""
        if not self.steps:
            return None
        return self.query(self.steps[:-1])

    def change_query(self, step):
        return self.query(**{CHANGE: step.key})

    def selection(self):
        themes, audiences, offer_ids, bands = [], [], [], []
        age_from = age_to = None
        district = ""
        for step in self.steps:
            if step.kind == "wijk":
                district = step.district
            if step.band is not None:
                bands.append(step.band)
            for item in step.adds:
                _extend(themes, item["themes"])
                _extend(audiences, item["audiences"])
                _extend(offer_ids, [offer_id for offer_id in item["offers"] if offer_id])
                if item.get("age_from") is not None:
                    age_from = max(age_from or 0, item["age_from"])
                if item.get("age_to") is not None:
                    age_to = item["age_to"] if age_to is None else min(age_to, item["age_to"])
        return Selection(themes, audiences, offer_ids, district, age_from, age_to, bands)


def _extend(target, items):
    for item in items:
        if item not in target:
            target.append(item)


def _question_of(name):
    return name.split(".", 1)[0]


def balance_band(question, score):
    bands = [band for band in question["bands"] if band["min_score"] <= score]
    return max(bands, key=lambda band: band["min_score"]) if bands else None


class _Unanswered(Exception):
    pass


class _Invalid(Exception):
    def __init__(self, message, field_errors=()):
        super().__init__(message)
        self.message = message
        self.field_errors = list(field_errors)


def _read_choice(question, params):
    key = question["key"]
    by_key = {answer["key"]: answer for answer in question["answers"]}
    values = [value for value in params.getlist(key) if value]
    if not values:
        raise _Unanswered
    if not question["multiple"]:
        values = values[:1]
    if any(value not in by_key for value in values):
        raise _Invalid(str(UNKNOWN_ANSWER))
    chosen = [answer for answer in question["answers"] if answer["key"] in values]
    next_key = next((a["next_question"] for a in chosen if a["next_question"]), "")
    return Step(
        kind="vraag",
        question=question,
        params=[(key, answer["key"]) for answer in chosen],
        answers=chosen,
        next_key=next_key,
    )


def _read_wijk(question, params, districts):
    key = question["key"]
    value = params.get(key, "")
    if not value:
        raise _Unanswered
    if value != ELSEWHERE and value not in districts:
        raise _Invalid(_("Deze wijk kennen we niet. Kies een wijk uit de lijst."))
    return Step(
        kind="wijk",
        question=question,
        params=[(key, value)],
        district="" if value == ELSEWHERE else value,
        district_name=districts.get(value, str(ELSEWHERE_LABEL)),
        next_key=question["next_question"],
    )


def _read_balance(question, params):
    key = question["key"]
    names = [f"{key}.{number}" for number in range(1, len(question["statements"]) + 1)]
    values = [params.get(name, "") for name in names]
    if not any(values):
        raise _Unanswered
    unknown = [v for v in values if v and v not in BALANCE_ANSWERS]
    if unknown:
        raise _Invalid(_("Dit antwoord kennen we niet. Kies ja, een beetje of nee."))
    empty = [number for number, value in enumerate(values, start=1) if not value]
    if empty:
        raise _Invalid(_("Geef bij elke zin een antwoord."), field_errors=empty)
    score = sum(BALANCE_ANSWERS[value][1] for value in values)
    band = balance_band(question, score)
    return Step(
        kind="balanscheck",
        question=question,
        params=list(zip(names, values, strict=True)),
        score=score,
        band=band,
        next_key=band["next_question"] if band else "",
    )


def read_step(child, params, districts):
    """The answered step for this question, or raise _Unanswered / _Invalid."""
    if child.block_type == "vraag":
        return _read_choice(child.value, params)
    if child.block_type == "wijk":
        return _read_wijk(child.value, params, districts)
    return _read_balance(child.value, params)


def shown_values(child, params):
    """What the question's form shows as chosen (after an error, or when changing)."""
    key = child.value["key"]
    if child.block_type == "balanscheck":
        count = len(child.value["statements"])
        return [params.get(f"{key}.{number}", "") for number in range(1, count + 1)]
    return [value for value in params.getlist(key) if value]


def walk(questions, params, districts):
    """Follow the path through the answers in `params` (a QueryDict).

    `questions` is the page's StreamValue; `districts` maps district slugs to names.
    Stops at the first question that is unanswered, has a bad answer or is asked to be
    changed; with none, the walk is finished and the result can be shown.
    """
    children = list(questions)
    position = {child.value["key"]: index for index, child in enumerate(children)}
    change = params.get(CHANGE, "")
    sent = params.get(SENT, "")
    result = Walk(questions=children, steps=[], sent_key=sent if sent in position else "")
    index = 0 if children else None
    # Each step moves forward (the blocks only allow links further down), so this ends.
    while index is not None and index < len(children):
        child = children[index]
        key = child.value["key"]
        try:
            if key == change:
                raise _Unanswered
            step = read_step(child, params, districts)
        except _Unanswered:
            if key == sent and key != change:
                result.error = str(CHOOSE)
            result.current = child
            break
        except _Invalid as invalid:
            result.error = invalid.message
            result.field_errors = invalid.field_errors
            result.current = child
            break
        result.steps.append(step)
        if step.next_key == RESULT:
            index = None
        elif step.next_key in position and position[step.next_key] > index:
            index = position[step.next_key]
        else:
            index += 1
    if result.current is not None:
        result.shown_values = shown_values(result.current, params)
        if change:
            # Keep the later answers, so a changed answer leads back to the result.
            on_walk = {step.key for step in result.steps}
            result.kept_params = [
                (name, value)
                for name, values in params.lists()
                for value in values
                if _question_of(name) in position and _question_of(name) not in on_walk and value
            ]
    return result
