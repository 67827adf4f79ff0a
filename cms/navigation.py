"""Menus and language links, localised, with a fixed small number of queries."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .cache import VERSIONED_ENTRY_SECONDS, content_version
from .models import SiteSettings


def _localised(pages, language_code):
    """Map each page to its live translation in the given language, if there is one."""
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code=language_code,
        )
    }
    return {
        page.pk: translations[page.translation_key]
        for page in pages
        if page.translation_key in translations
    }


def menu_items(request, menu):
    """[{'url', 'label'}] for the 'main_menu' or 'footer_menu' of the site, in the current language.

    Cached until content changes; the result does not depend on the visitor.
    """
    site = Site.find_for_request(request)
    language = get_language()
    key = f"menu:{menu}:{site.pk if site else 0}:{language}:{content_version()}"
    items = cache.get(key)
    if items is None:
        items = _build_menu(request, menu, language)
        cache.set(key, items, VERSIONED_ENTRY_SECONDS)
    return items


def _build_menu(request, menu, language):
    stream = getattr(SiteSettings.for_request(request), menu)
    links = [(block.value["page"], block.value["label"]) for block in stream if block.value["page"]]
    localised = _localised([page for page, _label in links], language)
    items = []
    for page, label in links:
        target = localised.get(page.pk)
        if target is None:
            continue
        use_label = label if target.pk == page.pk and label else target.title
        items.append({"url": target.get_url(request), "label": use_label})
    return items


def language_links(request, page=None):
    """A link per site language: the translation of this page, or that language's home page.

    For a page the links are cached until content changes, like the menus: they only
    depend on the page, the site, the address asked for and the current language.
    """
    if not getattr(page, "pk", None):
        # Not a saved page: templates pass "" when there is no `page` in the context.
        return _build_language_links(request, None)
    site = Site.find_for_request(request)
    path_hash = hashlib.blake2b(request.path.encode(), digest_size=12).hexdigest()
    key = (
        f"language-links:{site.pk if site else 0}:{page.pk}:{path_hash}:"
        f"{get_language()}:{content_version()}"
    )
    links = cache.get(key)
    if links is None:
        links = _build_language_links(request, page)
        cache.set(key, links, VERSIONED_ENTRY_SECONDS)
    return links


def _build_language_links(request, page):
    current = get_language()
    links = []
    site = Site.find_for_request(request)
    translations = {}
    if page is not None and getattr(page, "translation_key", None) and site is not None:
        root = site.root_page
        for candidate in (
            Page.objects.live()
            .filter(
                Q(translation_key=page.translation_key) | Q(translation_key=root.translation_key)
            )
            .select_related("locale")
        ):
            code = candidate.locale.language_code
            is_page = candidate.translation_key == page.translation_key
            if is_page or code not in translations:
                translations[code] = (candidate, is_page)
    for code, name in settings.LANGUAGES:
        if code in translations:
            target, is_translation = translations[code]
            url = target.get_url(request)
        elif page is None or code == current:
            # Not a page (search) or a page being previewed: the same address in that language.
            url = translate_url(request.path, code)
            is_translation = page is None
        else:
            # Neither this page nor the home page exists in that language: no dead link.
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return links
