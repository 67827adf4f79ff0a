"""The public search page of the vacaturebank: filters, result count, cards, pages."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from cms.cache import content_version

from .. import rules
from ..finding import VacancyFilterForm, describe, find_vacancies, query_string
from ..presentation import hours_text, place_text, suitability

# A vacancy that expires (its last day passes) leaves the search without any save that
# would renew the site's content version, so the anonymous page cache may keep the
# vacaturebank's pages only this long.
LIVE_CACHE_SECONDS = 60


class Card:
    """What one result shows, worked out once (the template stays simple)."""

    def __init__(self, vacancy, url):
        self.vacancy = vacancy
        self.url = url
        # Place, kind of work and hours as separate items, so a line never starts with a
        # separator when the card is narrow (the template draws the separators).
        self.facts = [
            fact
            for fact in (
                place_text(vacancy),
                str(vacancy.get_commitment_display()),
                hours_text(vacancy),
            )
            if fact
        ]
        self.badges = suitability(vacancy)


def page_url(base, filters, number):
    query = query_string(filters, page=number)
    return f"{base}?{query}" if query else base


def page_links(base, listing, filters):
    """(number, url) of the pages around the current one; None for a gap."""
    links = []
    for number in listing.paginator.get_elided_page_range(listing.number, on_each_side=2):
        if number == listing.paginator.ELLIPSIS:
            links.append(None)
        else:
            links.append((number, page_url(base, filters, number)))
    return links


class CachedCountPaginator(Paginator):
    """Counting every live vacancy that matches is the slowest query of the page; the
    count is kept as long as the page cache may keep the page (LIVE_CACHE_SECONDS)."""

    def __init__(self, object_list, per_page, count_key):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        found = cache.get(self.count_key)
        if found is None:
            found = self.object_list.count()
            cache.set(self.count_key, found, LIVE_CACHE_SECONDS)
        return found


def cards_key(base, vacancies):
    state = base + "|" + ",".join(f"{v.pk}:{v.updated.timestamp()}" for v in vacancies)
    return hashlib.blake2b(state.encode(), digest_size=16).hexdigest()


def count_key(filters, now):
    state = f"{query_string(filters)}|{rules.today(now)}|{content_version()}"
    return "vacancy-count:" + hashlib.blake2b(state.encode(), digest_size=16).hexdigest()


def search_page(page, request):
    now = timezone.now()
    form = VacancyFilterForm(request.GET or None)
    filters = form.filters()
    paginator = CachedCountPaginator(
        find_vacancies(filters, now), settings.LISTING_PAGE_SIZE, count_key(filters, now)
    )
    number = filters.get("pagina") or 1
    if number > 1 and number > paginator.num_pages:
        raise Http404(_("Deze pagina van het overzicht bestaat niet."))
    listing = paginator.page(number)
    base = page.get_url(request)
    cards = [
        Card(vacancy, base + page.reverse_subpage("vacancy_slug", args=[vacancy.pk, vacancy.slug]))
        for vacancy in listing.object_list
    ]
    response = page.render(
        request,
        context_overrides={
            "filter_form": form,
            "listing": listing,
            "cards": cards,
            # The list of cards as one cached fragment: the same vacancies, unchanged since,
            # at the same address (their links) render the same.
            "cards_key": cards_key(base, listing.object_list),
            "page_links": page_links(base, listing, filters),
            "previous_url": (
                page_url(base, filters, listing.previous_page_number())
                if listing.has_previous()
                else ""
            ),
            "next_url": (
                page_url(base, filters, listing.next_page_number()) if listing.has_next() else ""
            ),
            "search_summary": describe(filters),
            "search_query": query_string(filters),
            # The search as an alert stores it (the include of the alert sign-up).
            "alert_query": query_string(filters),
        },
    )
    # A filter value that does not fit: explained next to the field, the other filters
    # still apply, and the answer says 400 (as the academy catalogue does).
    if form.errors:
        response.status_code = 400
    patch_cache_control(response, max_age=LIVE_CACHE_SECONDS)
    return response
