"""Links to the vacaturebank's pages, for pages and for mails (absolute, no request).

The public pages are routes of the VacancyIndexPage of each language; Mijn organisatie
is a Django URL (volunteering/urls.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from cms.cache import VERSIONED_ENTRY_SECONDS, content_version
from cms.links import absolute_url


def index_page(language=None):
    """The live VacancyIndexPage in `language` (the Dutch one when there is none).

    Kept until the content version changes: every vacancy link on a page (search
    results, cards, the sitemap) asks for it.
    """
    language = (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    key = f"vacancy-index-page:{language}:{content_version()}"
    page = cache.get(key)
    if page is None:
        page = _find_index_page(language)
        if page is not None:
            cache.set(key, page, VERSIONED_ENTRY_SECONDS)
    return page


def _find_index_page(language):
    from .models import VacancyIndexPage

    pages = VacancyIndexPage.objects.live().select_related("locale")
    page = pages.filter(locale__language_code=language).first()
    return page or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def page_route(route_name, *args, language=None, absolute=False):
    """The path (or absolute URL) of one of the index page's routes; "" without a page."""
    page = index_page(language)
    if page is None:
        return ""
    url = page.url + page.reverse_subpage(route_name, args=args)
    return (
        absolute_url(page.full_url + page.reverse_subpage(route_name, args=args))
        if absolute
        else url
    )


def vacancy_url(vacancy, *, language=None, absolute=False):
    return page_route(
        "vacancy_slug", vacancy.pk, vacancy.slug, language=language, absolute=absolute
    )


def organisation_url(organisation, *, language=None, absolute=False):
    return page_route("organisation", organisation.slug, language=language, absolute=absolute)


def mine_url(name="volunteering:mine", *, language=None, **kwargs):
    """An absolute link into Mijn organisatie, in `language`."""
    with translation.override(language or settings.LANGUAGE_CODE):
        return absolute_url(reverse(name, kwargs=kwargs or None))
