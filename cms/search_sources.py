"""Other kinds of content in the site search, besides Wagtail pages.

cms may not import the apps above it, so an app that has searchable records (the
vacaturebank's vacancies) registers a source here in its AppConfig.ready(). A source is
a callable `source(terms, language, now)` that returns a SearchSection, or None when it
has nothing for these terms. Each source should answer with a fixed number of queries,
so the search page's query count does not grow with the hits.
"""

from dataclasses import dataclass, field

from django.utils import timezone


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: str = ""


@dataclass(frozen=True)
class SearchSection:
    """A few hits of one kind, shown under their own heading, with a link to all."""

    title: str
    hits: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""


_sources = []


def register_search_source(source):
    """Add `source` to the site search (once, however often ready() runs)."""
    if source not in _sources:
        _sources.append(source)


def search_sections(terms, language, now=None):
    """Every registered source's section for these terms, in order of registration."""
    now = now or timezone.now()
    sections = []
    for source in _sources:
        section = source(terms, language, now)
        if section is not None and section.hits:
            sections.append(section)
    return sections
