"""Views that are not pages: search, robots.txt and the error pages."""

import re
import sys

from django import forms
from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from .db_errors import database_unavailable_response, is_database_unavailable
from .listings import paginate
from .search_sources import search_sections


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Waar zoekt u naar?"),
        required=False,
        max_length=settings.SEARCH_QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _("Uw zoekvraag is te lang. Gebruik maximaal %(limit_value)d tekens."),
        },
    )


def search_terms(query):
    """The words of a query, without punctuation.

    Full-text engines read some punctuation as syntax: SQLite's FTS5 fails on an
    unbalanced quote or a bracket, which would turn a typo into a server error.
    """
    return " ".join(re.findall(r"\w+", query))


def search_results(query, locale):
    """Live, public pages in this language that match the query, best match first."""
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(depth__lte=1)
        .search(query, operator="and")
    )


def _specific_in_order(pages):
    """Turn a page of search hits into their specific pages, with a fixed number of queries."""
    ids = [page.pk for page in pages]
    specific = Page.objects.filter(pk__in=ids).specific().defer_streamfields().in_bulk()
    return [specific[pk] for pk in ids if pk in specific]


@require_safe
def search(request):
    form = SearchForm(request.GET or None)
    context = {"form": form, "query": "", "results": None, "sections": []}
    status = 200
    if form.is_bound:
        if form.is_valid():
            query = " ".join(form.cleaned_data["q"].split())
            context["query"] = query
            if query:
                terms = search_terms(query)
                pages = search_results(terms, Locale.get_active()) if terms else []
                results = paginate(request, pages, settings.SEARCH_PAGE_SIZE)
                results.object_list = _specific_in_order(results.object_list)
                context["results"] = results
                if terms and results.number == 1:
                    # Other apps' records (vacancies) under their own headings.
                    context["sections"] = search_sections(terms, get_language())
        else:
            status = 400
    return TemplateResponse(request, "cms/search.html", context, status=status)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Disallow: {reverse('search')}",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page: plain template, no database, so it works when things are broken.
    A database that cannot be reached gets the 503 page instead: that passes."""
    if is_database_unavailable(sys.exc_info()[1]):
        return database_unavailable_response()
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": None}))
