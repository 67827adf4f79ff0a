"""The site search over Wagtail pages: which pages match, in which order, and what a hit shows.

Wagtail's database search backend decides what matches and how it ranks (`search_results`,
the reference). Its queries start from the pages and join each page's index entry, which
does not scale to thousands of pages: on PostgreSQL the planner cannot estimate the match
on `title || body` and may pick a nested loop over all pages for every entry (seconds for
two common words), and on SQLite every hit's score is a subquery that runs the full-text
match again (also seconds). `ranked_page_ids` asks the same question from the index
entries' side, with the backend's own match and rank expressions, in one query that
returns the ids of all hits in order: that is the count and every page of results.
On PostgreSQL the entries are first narrowed with the GIN indexes on title and body.

A page of hits then needs its pages (one query) and each page's listing title and
summary, which live in the page type's own table (one query over all page types).
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_
from types import SimpleNamespace

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, IntegerField, Q
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from .listings import exclude_private
from .models.mixins import ContentPageMixin, locale_codes

LISTING_FIELDS = ("listing_title", "listing_summary", "intro")


def search_terms(query):
    """The words of a query, without punctuation.

    Full-text engines read some punctuation as syntax: SQLite's FTS5 fails on an
    unbalanced quote or a bracket, which would turn a typo into a server error.
    """
    return " ".join(re.findall(r"\w+", query))


def active_locale_id():
    """The id of Locale.get_active() without a query per search.

    Locales hardly ever change, and saving one raises the content version (cms.signals).
    """
    ids = {code: pk for pk, code in locale_codes().items()}
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        language = settings.LANGUAGE_CODE
    return ids.get(language) or ids.get(settings.LANGUAGE_CODE)


def searchable_pages(locale):
    """Live, public pages in this language (a Locale or its id), the site root excepted."""
    return exclude_private(Page.objects.live().filter(locale=locale).exclude(depth__lte=1))


def search_results(terms, locale):
    """Wagtail's search: the pages that match all the words, best match first."""
    return searchable_pages(locale).search(terms, operator="and")


def ranked_page_ids(terms, locale):
    """The ids of the pages `search_results` finds, in its order, with one query."""
    pages = searchable_pages(locale)
    backend = get_search_backend()
    compiler = backend.query_compiler_class(pages, terms, operator="and")
    if connection.vendor == "postgresql" and isinstance(compiler.query, PlainText):
        return list(_ranked_ids_postgres(pages, terms, compiler, backend.config))
    if connection.vendor == "sqlite" and isinstance(compiler.query, PlainText):
        return list(_ranked_ids_sqlite(pages, compiler, compiler.get_config(backend)))
    return [page.pk for page in search_results(terms, locale)]


def _ranked_ids_postgres(pages, terms, compiler, config):
    """As PostgresSearchQueryCompiler.search(): match `title || body`, rank title and body
    (title weighted by title_norm), best first, then the highest page id."""
    from django.contrib.postgres.search import SearchVectorField
    from wagtail.search.models import IndexEntry

    query = compiler.query
    tsquery = compiler.build_tsquery(query, config=config)
    rank = (
        compiler.build_tsrank(F("title"), query, config=config) * F("title_norm")
        + compiler.build_tsrank(F("body"), query, config=config) * 1.0
    )
    return (
        IndexEntry.objects.filter(content_type_id__in=_page_content_type_ids())
        .filter(_has_any_word(terms))
        .annotate(
            _vector_=CombinedExpression(
                F("title"), "||", F("body"), output_field=SearchVectorField()
            ),
            # Pages have integer ids; only pages' entries are read.
            page_id=Cast("object_id", IntegerField()),
        )
        .filter(_vector_=tsquery, page_id__in=pages.values("pk"))
        .order_by(rank.desc(), "-page_id")
        .values_list("page_id", flat=True)
    )


def _has_any_word(terms):
    """Entries with at least one of the words in their title or body: a condition the GIN
    indexes answer, true of every entry that matches all the words.

    A word is split as PostgreSQL's parser splits it (an underscore separates), and the
    words are OR-ed: a stop word gives no lexeme and drops out of the OR, where in an
    AND of separate conditions it would match nothing at all.
    """
    from django.contrib.postgres.search import SearchQuery

    config = get_search_backend().config
    words = re.findall(r"[^\W_]+", terms)
    if not words:
        return Q()
    query = reduce(or_, (SearchQuery(word, config=config) for word in words))
    return Q(title=query) | Q(body=query)


def _ranked_ids_sqlite(pages, compiler, config):
    """As SQLiteSearchQueryCompiler.search(): FTS5 match on title and body, ordered by
    bm25 (title weighted by title_norm), lowest first, then the highest page id."""
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from wagtail.search.models import SQLiteFTSIndexEntry

    query = normalize(compiler.query)
    match = MatchExpression(
        compiler.FTS_TABLE_FIELDS, compiler.build_search_query(query, config=config)
    )
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    return (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type_id__in=_page_content_type_ids())
        .annotate(score=rank, page_id=Cast("index_entry__object_id", IntegerField()))
        .filter(page_id__in=pages.values("pk"))
        .order_by("score", "-page_id")
        .values_list("page_id", flat=True)
    )


def pages_in_order(ids):
    """The pages with these ids, in this order (one query)."""
    pages = Page.objects.in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]


def _page_content_type_ids():
    from wagtail.models import get_page_models

    return [ct.pk for ct in ContentType.objects.get_for_models(*get_page_models()).values()]


@dataclass(frozen=True)
class PageHit:
    """What a search hit shows: the page (for its link), its listing title and summary."""

    page: Page
    title: str
    summary: str

    @property
    def pk(self):
        return self.page.pk


def page_hits(pages):
    """A page of search hits (base Page objects) with their listing titles and summaries.

    `.specific()` would load each hit's whole page with one query per page type; the hit
    only shows three fields of the page type, read here for all types in one query.
    """
    texts = _listing_texts(pages)
    hits = []
    for page in pages:
        listing_title, listing_summary, intro = texts.get(page.pk, ("", "", ""))
        fields = SimpleNamespace(
            title=page.title,
            search_description=page.search_description,
            listing_title=listing_title,
            listing_summary=listing_summary,
            intro=intro,
        )
        # The page types' own rule, applied to the fields read here.
        hits.append(
            PageHit(
                page=page,
                title=ContentPageMixin.get_listing_title(fields),
                summary=ContentPageMixin.get_listing_summary(fields),
            )
        )
    return hits


def _listing_texts(pages):
    """{page id: (listing_title, listing_summary, intro)}, one UNION ALL query."""
    ids_by_model = defaultdict(list)
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        if model is not None and issubclass(model, ContentPageMixin):
            ids_by_model[model].append(page.pk)
    parts = [
        model.objects.filter(pk__in=ids).values_list("pk", *LISTING_FIELDS).order_by()
        for model, ids in ids_by_model.items()
    ]
    if not parts:
        return {}
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return {pk: texts for pk, *texts in query}
