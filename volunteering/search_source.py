"""The vacaturebank in the site search: a few live vacancies that match the words.

Registered with cms.search_sources in VolunteeringConfig.ready(). Answers with a fixed
number of queries (the index page, then one query for the hits).
"""

from functools import reduce
from operator import and_
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext as _

from cms.search_sources import SearchHit, SearchSection

from . import rules
from .links import index_page
from .models import Vacancy

MAX_HITS = 5
SEARCHED_FIELDS = ("title", "summary", "tasks", "organisation__name")


def _matches_word(word):
    return reduce(
        lambda a, b: a | b, (Q(**{f"{name}__icontains": word}) for name in SEARCHED_FIELDS)
    )


def vacancy_search_source(terms, language, now):
    words = terms.split()
    if not words:
        return None
    page = index_page(language)
    if page is None:
        return None
    vacancies = (
        Vacancy.objects.filter(rules.live_q(now))
        .filter(reduce(and_, (_matches_word(word) for word in words)))
        .select_related("organisation")
        .only("pk", "title", "summary", "organisation__name")
        .order_by("-published_at", "-pk")[:MAX_HITS]
    )
    base = page.url
    hits = [
        SearchHit(
            title=vacancy.title,
            url=base + page.reverse_subpage("vacancy_slug", args=(vacancy.pk, vacancy.slug)),
            summary=f"{vacancy.organisation.name}: {vacancy.summary}",
        )
        for vacancy in vacancies
    ]
    return SearchSection(
        title=_("Vacatures"),
        hits=hits,
        more_url=base + page.reverse_subpage("search") + "?" + urlencode({"q": terms}),
        more_label=_("Alle vacatures met ‘%(query)s’") % {"query": terms},
    )
