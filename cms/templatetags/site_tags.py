"""Small presentational helpers for the public templates (no business rules here)."""

import re

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils import formats
from django.utils.http import urlencode
from django.utils.translation import get_language

from ..cache import VERSIONED_ENTRY_SECONDS, content_version
from ..models.settings import WEEKDAYS

register = template.Library()

_WEEKDAY_NAMES = dict(WEEKDAYS)
OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@register.filter
def weekday_name(day):
    """'1'..'7' (Monday..Sunday) as the translated name of the day."""
    return _WEEKDAY_NAMES.get(str(day), "")


@register.filter(expects_localtime=True)
def clock(value):
    """A time as people write it: 9.00 in Dutch, 9:00 in English (TIME_FORMAT, cms/formats/)."""
    if not value:
        return ""
    return formats.time_format(value)


@register.filter
def tel_href(phone):
    """A phone number as a tel: link wants it: digits and a leading +, no spaces or dashes
    ("036 000 00 00" → "0360000000")."""
    phone = (phone or "").strip()
    digits = re.sub(r"\D", "", phone)
    return f"+{digits}" if phone.startswith("+") else digits


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get((language_code or "")[:2], "nl_NL")


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Turn a path like /media/x.jpg into https://host/media/x.jpg."""
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.simple_tag
def page_ancestors(page):
    """Ancestors of a page below the tree root (home first), kept until content changes."""
    if page is None or not getattr(page, "pk", None):
        return []
    cached = getattr(page, "_site_ancestors", None)
    if cached is None:
        # A page's place in the tree only changes with a publish, move or delete.
        cached = cache.get_or_set(
            f"page-ancestors:{page.pk}:{content_version()}",
            lambda: list(page.get_ancestors().filter(depth__gt=1)),
            VERSIONED_ENTRY_SECONDS,
        )
        page._site_ancestors = cached
    return cached


@register.simple_tag
def elided_page_range(page_obj, on_each_side=1, on_ends=1):
    """Page numbers for pagination, with '…' for long gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.simple_tag(takes_context=True)
def site_feeds(context):
    """RSS/Atom addresses of the news and blog overviews in the current language.

    Cached until content changes, so the home page can advertise them without queries.
    """
    from wagtail.models import Locale, Site

    from ..models import BlogIndexPage, NewsIndexPage

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    language = get_language() or ""
    key = f"site-feeds:{site.pk}:{language}:{content_version()}"
    feeds = cache.get(key)
    if feeds is None:
        feeds = []
        locale = Locale.get_active()
        for model in (NewsIndexPage, BlogIndexPage):
            index = model.objects.live().public().filter(locale=locale).first()
            if index is None:
                continue
            url = index.get_url(request)
            if not url:
                continue
            base = url if url.endswith("/") else url + "/"
            feeds.append(
                {
                    "title": str(index.feed_title),
                    "rss": base + index.reverse_subpage("rss"),
                    "atom": base + index.reverse_subpage("atom"),
                }
            )
        cache.set(key, feeds, VERSIONED_ENTRY_SECONDS)
    return feeds


@register.simple_tag(takes_context=True)
def login_url(context):
    """The sign-in address, back to this page afterwards (?next=).

    Not from the home page (signing in from there leads to Mijn academie) and not from the
    account pages themselves. The link depends only on the address, so it is the same for
    every visitor of a cached page.
    """
    url = reverse("account_login")
    request = context.get("request")
    if request is None:
        return url
    account_prefix = url.rstrip("/").rsplit("/", 1)[0] + "/"
    home = reverse("wagtail_serve", args=[""])
    if request.path == home or request.path.startswith(account_prefix):
        return url
    return f"{url}?{urlencode({'next': request.get_full_path()})}"
