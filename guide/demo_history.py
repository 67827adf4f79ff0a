"""Two years of demo history for the wegwijzers, so the figures show a trend.

The anonymous counts (guide.models.AnswerCount, the shape guide.counts.record_walk
writes) for each of the 24 calendar months before the current one, per district and for
walkers without a district: paths walked to the result, the answers chosen, the band of
the balance check and the needs (themes) the result showed. More walks in autumn and
winter, fewer in the summer, growing over the two years. And a few "Bel mij" requests,
all within the retention time (GUIDE_CALLBACK_RETENTION_DAYS), with their status.

Called at the end of GuideDemoBuilder._build() with the builder's `now`. Safe to run
again: a month that has counts for a page already is left alone, and the call-back
requests are only made when none of the demo's names is there yet.
"""

import datetime as dt
import random

from django.conf import settings
from django.utils import timezone

from .counts import THEME, WALK, WALK_DONE, band_answer
from .models import AnswerCount, CallbackRequest, CallbackStatus, GoodTime, WegwijzerPage
from .wegwijzer.path import ELSEWHERE
from .wegwijzer.state import districts as district_names

MONTHS = 24
SEASON = {1: 1.2, 2: 1.1, 3: 1.1, 4: 1.0, 5: 0.95, 6: 0.85,
          7: 0.7, 8: 0.75, 9: 1.0, 10: 1.15, 11: 1.25, 12: 1.1}  # fmt: skip
# Walks per month (all districts together) at the start and at the end of the two years.
FIRST_MONTH, LAST_MONTH = 60, 110
# The young carers' wegwijzer is walked less often.
PAGE_SHARE = {"jong-en-zorg": 0.35}
# (name, phone, good time, message, days ago, status): invented carers.
CALLBACKS = (
    ("Marian de Wit", "06 00 11 22 01", GoodTime.MORNING,
     "Mijn moeder heeft dementie. Ik weet niet meer hoe ik het volhoud.", 2, CallbackStatus.NEW),
    ("Yusuf Demir", "06 00 11 22 02", GoodTime.EVENING,
     "Ik zorg voor mijn vrouw en werk fulltime.", 5, CallbackStatus.NEW),
    ("Els Brinkman", "06 00 11 22 03", GoodTime.ANY, "", 9, CallbackStatus.CALLED),
    ("Rachid Amrani", "06 00 11 22 04", GoodTime.AFTERNOON,
     "Graag iemand om mee te praten over respijtzorg.", 16, CallbackStatus.CLOSED),
    ("Joyce Pinas", "06 00 11 22 05", GoodTime.MORNING, "", 24, CallbackStatus.NOT_REACHED),
    ("Henk Vos", "06 00 11 22 06", GoodTime.ANY,
     "Mijn zoon heeft autisme. Waar vind ik een lotgenotengroep?", 38, CallbackStatus.CLOSED),
)  # fmt: skip
NOTES = {
    CallbackStatus.CALLED: "Gebeld. Afspraak voor een gesprek bij haar thuis.",
    CallbackStatus.CLOSED: "Gesprek gehad en doorverwezen.",
    CallbackStatus.NOT_REACHED: "Twee keer gebeld, geen gehoor. Voicemail ingesproken.",
}


def build_history(now, staff=None):
    """Counts for the months before `now` and a few call-back requests. Returns the
    number of count rows made."""
    made = sum(_page_history(page, now) for page in WegwijzerPage.objects.order_by("pk"))
    _callbacks(now, staff)
    return made


def _month_starts(now):
    month = timezone.localdate(now).replace(day=1)
    months = []
    for _ in range(MONTHS):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


def _page_history(page, now):
    months = _month_starts(now)
    done = set(
        AnswerCount.objects.filter(page=page, month__in=months).values_list("month", flat=True)
    )
    dice = random.Random(f"{page.slug}-{page.locale_id}")  # noqa: S311 (the same every run)
    districts = [*district_names(), ""]
    # Where the walkers live: the big districts more often.
    weights = [dice.randint(4, 12) for _slug in districts]
    share = PAGE_SHARE.get(page.slug, 1.0) * (1.0 if page.locale.language_code == "nl" else 0.1)
    children = list(page.questions)
    rows = []
    for position, month in enumerate(months):
        if month in done:
            continue
        growth = FIRST_MONTH + (LAST_MONTH - FIRST_MONTH) * position / (len(months) - 1)
        total = round(growth * SEASON[month.month] * share)
        for district, weight in zip(districts, weights, strict=True):
            walks = round(total * weight / sum(weights) * dice.uniform(0.8, 1.2))
            if walks:
                counted = _walks(children, district, walks, dice)
                rows += [
                    AnswerCount(page=page, month=month, district=district, question=question,
                                answer=answer, count=count)
                    for (question, answer), count in counted.items()
                    if count
                ]  # fmt: skip
    AnswerCount.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    return len(rows)


def _walks(children, district, walks, dice):
    """{(question, answer): count} for `walks` finished walks from one district."""
    counted = {(WALK, WALK_DONE): walks}
    themes = {}
    for child in children:
        key = child.value["key"]
        if child.block_type == "wijk":
            counted[(key, district or ELSEWHERE)] = walks
            continue
        # Not every path asks every question.
        asked = round(walks * dice.uniform(0.55, 1.0))
        if child.block_type == "vraag":
            options = list(child.value["answers"])
            if not options:
                continue
            for _ in range(asked):
                chosen = (
                    [a for a in options if dice.random() < 0.35] or [dice.choice(options)]
                    if child.value.get("multiple")
                    else [dice.choice(options)]
                )
                for item in chosen:
                    pair = (key, item["key"])
                    counted[pair] = counted.get(pair, 0) + 1
                    for slug in item.get("themes") or []:
                        themes[slug] = themes.get(slug, 0) + 1
        else:  # the balance check: only the band the score fell in
            bands = list(child.value.get("bands") or [])
            if not bands:
                continue
            for _ in range(asked):
                band = dice.choice(bands)
                pair = (key, band_answer(band))
                counted[pair] = counted.get(pair, 0) + 1
                for slug in band.get("themes") or []:
                    themes[slug] = themes.get(slug, 0) + 1
    # A need counts once per walk, however many answers named it: of n mentions spread
    # over the walks, this many walks got at least one.
    for slug, n in themes.items():
        counted[(THEME, slug)] = min(walks, round(walks * (1 - (1 - 1 / walks) ** n)))
    return counted


def _callbacks(now, staff):
    names = [item[0] for item in CALLBACKS]
    if CallbackRequest.objects.filter(name__in=names).exists():
        return
    keep = settings.GUIDE_CALLBACK_RETENTION_DAYS
    page = WegwijzerPage.objects.filter(slug="wegwijzer").first()
    requests = []
    for name, phone, good_time, message, days_ago, status in CALLBACKS:
        if days_ago >= keep:
            continue  # would have been deleted already
        asked = now - dt.timedelta(days=days_ago, hours=3)
        handled = status != CallbackStatus.NEW
        requests.append(
            CallbackRequest(
                page=page,
                name=name,
                phone=phone,
                good_time=good_time,
                message=message,
                answers="voor-wie=ouder" if days_ago % 2 else "voor-wie=partner",
                created_at=asked,
                status=status,
                staff_note=NOTES.get(status, ""),
                handled_by=staff if handled else None,
                handled_at=asked + dt.timedelta(days=1) if handled else None,
                first_handled_at=asked + dt.timedelta(days=1) if handled else None,
            )
        )
    CallbackRequest.objects.bulk_create(requests)
