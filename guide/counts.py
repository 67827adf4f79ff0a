"""Anonymous counts of the wegwijzer: how often a path was walked to the result, which
answers were chosen and which needs (themes) the result showed, per month and district.

Walking a path stores nothing about the walker. When a walk reaches the result, the lead's
view calls `record_walk` once, which adds one to a few totals (guide.models.AnswerCount):
no person, no time of day and no combination of answers, so a row can never be traced
back to someone. The balance check's statements are never counted, only the band the
score fell in.

The figure functions read those totals for the admin report ("Wegwijzer in cijfers") and
the figures dashboard. They return plain rows with counts; show a count through
`Row.shown` (cms.figures.small_group), which turns groups below five into "< 5".
Months are calendar months in Almere (settings.TIME_ZONE): a walk at 00:30 on the 1st
counts for that month, not the one before. A range is `start` (inclusive) up to `end`
(the first month after it), as in volunteering.figures.
"""

import datetime as dt
import operator
from dataclasses import dataclass
from functools import reduce

from django.db import transaction
from django.db.models import F, Q, Sum
from django.utils.translation import gettext as _

from cms.figures import SMALL_GROUP_LIMIT, month_of, months_between, small_group
from cms.figures import next_month as next_month  # guide.admin_counts reads it here
from cms.models import Theme

from .models import AnswerCount, WegwijzerPage
from .wegwijzer.path import ELSEWHERE
from .wegwijzer.state import districts as district_names

# The pseudo-questions next to the page's own question keys (see AnswerCount).
WALK = "_pad"
WALK_DONE = "klaar"
THEME = "_thema"
BAND_PREFIX = "vanaf-"


# Recording ---------------------------------------------------------------------------


def band_answer(band):
    return f"{BAND_PREFIX}{band['min_score']}"


def counted_answers(walk, selection=None):
    """The (question, answer) pairs a finished walk adds one to, each once."""
    selection = selection or walk.selection()
    pairs = [(WALK, WALK_DONE)]
    for step in walk.steps:
        if step.kind == "vraag":
            pairs += [(step.key, answer["key"]) for answer in step.answers]
        elif step.kind == "wijk":
            pairs.append((step.key, step.district or ELSEWHERE))
        elif step.band is not None:
            # The band only: how someone answered each statement stays with them.
            pairs.append((step.key, band_answer(step.band)))
    pairs += [(THEME, slug) for slug in selection.themes]
    return list(dict.fromkeys(pairs))


def record_walk(page, walk, now):
    """Count a walk that reached the result. Returns the number of totals raised
    (0 for a walk that is not finished: nothing is counted then).

    Two queries whatever the walk's length: insert the missing rows at 0 (a row another
    request inserts at the same moment is skipped, not an error), then raise every row
    of this walk by one in a single UPDATE. The database adds the one to the value it
    holds at that moment (row locks on PostgreSQL, one writer at a time on SQLite), so
    two walks at once both count. An upsert with update_conflicts cannot do this: it
    writes the new row's value over the old one instead of adding to it.
    """
    if not walk.finished:
        return 0
    selection = walk.selection()
    pairs = counted_answers(walk, selection)
    fixed = {"page": page, "month": month_of(now), "district": selection.district}
    # Sorted: concurrent walks insert (and wait for each other) in the same order.
    pairs.sort()
    with transaction.atomic():
        AnswerCount.objects.bulk_create(
            [AnswerCount(question=q, answer=a, count=0, **fixed) for q, a in pairs],
            ignore_conflicts=True,
        )
        this_walk = reduce(operator.or_, (Q(question=q, answer=a) for q, a in pairs))
        return AnswerCount.objects.filter(this_walk, **fixed).update(count=F("count") + 1)


# Reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of a table: `key` is a month (a date), an answer key, a theme's or a
    district's slug; `label` what staff read."""

    key: object
    label: str
    count: int

    @property
    def shown(self):
        return shown(self.count)


@dataclass(frozen=True)
class QuestionCounts:
    page: object
    key: str
    text: str
    rows: list


def shown(count):
    """A count as staff and the public see it: "< 5" below five."""
    return small_group(count)


def exported(count):
    """A count in a spreadsheet: a number (so it can be added up) unless below five."""
    return shown(count) if count < SMALL_GROUP_LIMIT else count


def _counts(start, end, district=None, page=None):
    rows = AnswerCount.objects.filter(month__gte=start.replace(day=1), month__lt=end)
    if district is not None:
        rows = rows.filter(district=district)
    if page is not None:
        rows = rows.filter(page=page)
    return rows


def _totals(rows, *fields):
    return {
        tuple(row[name] for name in fields): row["n"]
        for row in rows.values(*fields).annotate(n=Sum("count")).order_by()
    }


def walks_per_month(start, end, district=None, page=None):
    """Paths walked to the result, one row per month (also the months without any)."""
    found = _totals(_counts(start, end, district, page).filter(question=WALK), "month")
    return [Row(month, "", found.get((month,), 0)) for month in months_between(start, end)]


def walks_total(start, end, district=None, page=None):
    rows = _counts(start, end, district, page).filter(question=WALK)
    return rows.aggregate(n=Sum("count"))["n"] or 0


def per_district(start, end, page=None):
    """Paths walked per district of Almere, then those without a wijk."""
    found = _totals(_counts(start, end, page=page).filter(question=WALK), "district")
    names = district_names()
    rows = [Row(slug, name, found.pop((slug,), 0)) for slug, name in names.items()]
    # A district since removed keeps its counts, under its slug.
    rows += [Row(slug, slug, n) for (slug,), n in sorted(found.items()) if slug]
    return [*rows, Row("", no_district_label(), found.get(("",), 0))]


def needs(start, end, district=None, page=None):
    """The needs (themes) the results showed, most chosen first."""
    found = _totals(_counts(start, end, district, page).filter(question=THEME), "answer")
    themes = Theme.objects.filter(slug__in=[slug for (slug,) in found])
    names = {theme.slug: theme.display_name for theme in themes}
    rows = [Row(slug, names.get(slug, slug), n) for (slug,), n in found.items()]
    return sorted(rows, key=lambda row: (-row.count, row.label.lower()))


def answers(page, question_key, start, end, district=None):
    """How often each answer of one question was chosen: the page's answers in their
    order (also those nobody chose), then answers the page no longer has."""
    rows = _counts(start, end, district, page).filter(question=question_key)
    found = {answer: n for (answer,), n in _totals(rows, "answer").items()}
    child = _question_child(page, question_key)
    return _answer_rows(child, found, district_names() if _is_wijk(child) else {})


def answers_per_question(page, start, end, district=None):
    """`answers` for every question of the page (in the page's order), in one query;
    then keys of questions the page no longer has."""
    rows = _counts(start, end, district, page).exclude(question__in=[WALK, THEME])
    found = {}
    for (question, answer), n in _totals(rows, "question", "answer").items():
        found.setdefault(question, {})[answer] = n
    children = list(page.questions)
    names = district_names() if any(_is_wijk(child) for child in children) else {}
    result = []
    for child in children:
        key = child.value["key"]
        rows = _answer_rows(child, found.pop(key, {}), names)
        result.append(QuestionCounts(page, key, child.value["question"], rows))
    for key, left in sorted(found.items()):
        result.append(QuestionCounts(page, key, key, _answer_rows(None, left, {})))
    return result


def pages_with_counts(start, end, district=None):
    """The wegwijzers that have counts in the range, by title."""
    ids = _counts(start, end, district).values("page")
    return list(WegwijzerPage.objects.filter(pk__in=ids).order_by("title"))


def no_district_label():
    return _("Geen wijk gekozen, of buiten Almere")


def _question_child(page, key):
    return next((child for child in page.questions if child.value["key"] == key), None)


def _is_wijk(child):
    return child is not None and child.block_type == "wijk"


def _known_answers(child, names):
    """[(answer key, label)] of a question as the page has it now."""
    if child is None:
        return []
    if child.block_type == "vraag":
        return [(answer["key"], answer["label"]) for answer in child.value["answers"]]
    if child.block_type == "wijk":
        return [*names.items(), (ELSEWHERE, no_district_label())]
    bands = sorted(child.value["bands"], key=lambda band: band["min_score"])
    return [
        (band_answer(band), _("%(title)s (score %(score)s of hoger)")
         % {"title": band["title"], "score": band["min_score"]})
        for band in bands
    ]  # fmt: skip


def _answer_rows(child, found, names):
    found = dict(found)
    rows = [Row(key, label, found.pop(key, 0)) for key, label in _known_answers(child, names)]
    left = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return rows + [Row(key, key, n) for key, n in left]


@dataclass(frozen=True)
class Overview:
    """Everything the admin report shows for a range (and a district, a page)."""

    start: dt.date
    end: dt.date
    total: int
    months: list
    needs: list
    districts: list
    questions: list  # QuestionCounts of each page with counts

    @property
    def total_shown(self):
        return shown(self.total)


def overview(start, end, district=None, page=None):
    pages = [page] if page is not None else pages_with_counts(start, end, district)
    return Overview(
        start=start,
        end=end,
        total=walks_total(start, end, district, page),
        months=walks_per_month(start, end, district, page),
        needs=needs(start, end, district, page),
        districts=per_district(start, end, page),
        questions=[q for p in pages for q in answers_per_question(p, start, end, district)],
    )
