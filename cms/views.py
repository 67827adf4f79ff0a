"""Views that are not pages: search, robots.txt and the error pages."""

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

from .db_errors import database_unavailable_response, is_database_unavailable
from .listings import paginate
from .search_sources import search_sections
from .site_search import (
    active_locale_id,
    page_hits,
    pages_in_order,
    ranked_page_ids,
    search_results,  # noqa: F401 (tests find pages with it)
    search_terms,
)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Waar zoekt u naar?"),
        required=False,
        max_length=settings.SEARCH_QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _("Uw zoekvraag is te lang. Gebruik maximaal %(limit_value)d tekens."),
        },
    )


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
                ids = ranked_page_ids(terms, active_locale_id()) if terms else []
                results = paginate(request, ids, settings.SEARCH_PAGE_SIZE)
                results.object_list = page_hits(pages_in_order(results.object_list))
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
