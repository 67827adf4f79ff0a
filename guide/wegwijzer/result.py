"""The wegwijzer's result: the offers that fit the answers, grouped by need, and the
trainings and activities coming up on those themes.

Two functions decide which offers fit: `live_offers` (live, public, not past their expiry
date, in the reader's language) and `fitting_offers` (for the chosen district or all of
Almere, and for the walker's age). The page, the PDF and the e-mail all show
`build_result`'s result.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from cms.listings import wijk_ids
from cms.models import Theme
from events.agenda import language_condition
from events.calendar.registry import training_source_keys
from events.models import CalendarEntry, Occurrence, OccurrenceStatus

from ..models import SupportOfferIndexPage, SupportOfferPage

# Per need the result shows the first three offers (VMCA's own first) and links to the rest
# on the sociale kaart: with five, a walk with six needs made an overview of a dozen phone
# screens, more than someone who finds reading hard will take in.
OFFERS_PER_NEED = 3
UPCOMING_PER_KIND = 3
# Enough dates to find UPCOMING_PER_KIND different activities among weekly series.
UPCOMING_SCAN = 40


@dataclass
class NeedGroup:
    theme: Theme
    offers: list
    total: int
    more_query: str  # the sociale kaart's filter for this need (and the district)


@dataclass
class Result:
    walk: object
    selection: object
    chosen: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    trainings: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    offer_index: object = None

    @property
    def bands(self):
        return self.selection.bands

    @property
    def is_empty(self):
        return not (self.chosen or any(group.offers for group in self.groups))


def _locale():
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


def live_offers(now, locale):
    """Offers anyone may see now: live, public, not expired, in this language."""
    return (
        SupportOfferPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def fitting_offers(selection, live):
    """Of the `live_offers`, the ones that fit where the walker lives and how old they are."""
    offers = live
    if selection.district:
        offers = offers.filter(Q(wijk__isnull=True) | Q(wijk_id__in=wijk_ids(selection.district)))
    if selection.age_to is not None:
        offers = offers.filter(Q(min_age__isnull=True) | Q(min_age__lte=selection.age_to))
    if selection.age_from is not None:
        offers = offers.filter(Q(max_age__isnull=True) | Q(max_age__gte=selection.age_from))
    return offers


def _chosen_offers(selection, live, locale):
    """The offers the answers name, in this language (an answer names the Dutch page)."""
    if not selection.offer_ids:
        return []
    live = live.select_related("provider", "wijk")
    if locale.language_code == settings.LANGUAGE_CODE:
        found = {offer.pk: offer for offer in live.filter(pk__in=selection.offer_ids)}
        return [found[pk] for pk in selection.offer_ids if pk in found]
    named = SupportOfferPage.objects.filter(pk__in=selection.offer_ids)
    by_pk = dict(named.values_list("pk", "translation_key"))
    found = {
        offer.translation_key: offer
        for offer in live.filter(translation_key__in=Subquery(named.values("translation_key")))
    }
    return [found[by_pk[pk]] for pk in selection.offer_ids if by_pk.get(pk) in found]


def _need_rows(selection, offers):
    """(theme slug, offer id) of every fitting offer on a chosen need, best first: VMCA's
    own services, then offers for a chosen audience, then by title."""
    through = SupportOfferPage.themes.through
    audience_through = SupportOfferPage.audiences.through
    rows = through.objects.filter(
        theme__slug__in=selection.themes,
        supportofferpage_id__in=offers.values("pk"),
    ).order_by("-supportofferpage__vmca_service", "supportofferpage__title", "pk")
    if selection.audiences:
        # Not without audiences: Exists over an empty IN becomes a constant, which
        # PostgreSQL refuses in ORDER BY.
        rows = rows.annotate(
            for_audience=Exists(
                audience_through.objects.filter(
                    supportofferpage_id=OuterRef("supportofferpage_id"),
                    audience__slug__in=selection.audiences,
                )
            )
        ).order_by(
            "-supportofferpage__vmca_service", "-for_audience", "supportofferpage__title", "pk"
        )
    return list(rows.values_list("theme__slug", "supportofferpage_id"))


def _groups(selection, offers, shown_ids, now):
    if not selection.themes:
        return []
    ranked = {slug: [] for slug in selection.themes}
    for slug, offer_id in _need_rows(selection, offers):
        ranked[slug].append(offer_id)
    totals = {slug: len(ids) for slug, ids in ranked.items()}
    per_theme = {}
    taken = set(shown_ids)
    # Each offer once, under the first need the walker chose that it fits, so the
    # overview stays short.
    for slug in selection.themes:
        per_theme[slug] = [offer_id for offer_id in ranked[slug] if offer_id not in taken][
            :OFFERS_PER_NEED
        ]
        taken.update(per_theme[slug])
    wanted = [offer_id for ids in per_theme.values() for offer_id in ids]
    pages = (
        SupportOfferPage.objects.filter(pk__in=wanted)
        .select_related("provider", "wijk")
        .defer("body", "situation")
    )
    by_id = {page.pk: page for page in pages}
    themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=selection.themes)}
    groups = []
    for slug in selection.themes:
        if slug not in themes:
            continue
        query = f"thema={slug}" + (f"&wijk={selection.district}" if selection.district else "")
        groups.append(
            NeedGroup(
                theme=themes[slug],
                offers=[by_id[offer_id] for offer_id in per_theme[slug] if offer_id in by_id],
                total=totals[slug],
                more_query=query,
            )
        )
    return groups


def upcoming(selection, now, trainings):
    """The next few trainings (or other activities) on the chosen needs: one row per
    activity with its first date still to come."""
    if not selection.themes:
        return []
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    entries = CalendarEntry.objects.filter(
        language_condition(language),
        withdrawn=False,
        last_end__gte=now,
        pk__in=CalendarEntry.themes.through.objects.filter(theme__slug__in=selection.themes).values(
            "calendarentry_id"
        ),
    )
    sources = training_source_keys()
    if trainings:
        entries = entries.filter(source__in=sources)
    else:
        entries = entries.exclude(source__in=sources)
    if selection.district:
        entries = entries.filter(Q(wijk__isnull=True) | Q(wijk_id__in=wijk_ids(selection.district)))
    dates = (
        Occurrence.objects.filter(entry__in=entries.values("pk"), start__gte=now)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .select_related("entry")
        # Not the entry's stored iCalendar text and the like: only what the list shows.
        .only("start", "all_day", "entry__title", "entry__url", "entry__location")
        .order_by("start", "pk")[:UPCOMING_SCAN]
    )
    found, seen = [], set()
    for occurrence in dates:
        if occurrence.entry_id in seen:
            continue
        seen.add(occurrence.entry_id)
        found.append(occurrence)
        if len(found) == UPCOMING_PER_KIND:
            break
    return found


def build_result(page, walk, now=None):
    now = now or timezone.now()
    locale = _locale()
    selection = walk.selection()
    # Evaluated once: public() reads the view restrictions with a query of its own.
    live = live_offers(now, locale)
    chosen = _chosen_offers(selection, live, locale)
    return Result(
        walk=walk,
        selection=selection,
        chosen=chosen,
        groups=_groups(selection, fitting_offers(selection, live), [o.pk for o in chosen], now),
        trainings=upcoming(selection, now, trainings=True),
        activities=upcoming(selection, now, trainings=False),
        offer_index=SupportOfferIndexPage.objects.live().filter(locale=locale).first(),
    )
