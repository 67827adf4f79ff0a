"""Template tags for the public site: SEO, menus, language links, shared fragments."""

import json

from django import template
from django.templatetags.cache import CacheNode
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..cache import content_version as current_content_version
from ..figures import local_today
from ..navigation import language_links as build_language_links
from ..navigation import menu_items as build_menu_items

register = template.Library()

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org data of a page as a JSON-LD block."""
    if page is None or not hasattr(page, "get_json_ld"):
        return ""
    data = json.dumps(page.get_json_ld(context["request"]), ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(data.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308  (escaped above)
    )


@register.simple_tag(takes_context=True)
def menu_items(context, menu):
    return build_menu_items(context["request"], menu)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    return build_language_links(context["request"], page)


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    """The address search engines should use for this page, including ?page=N past page 1."""
    request = context["request"]
    if page is not None and getattr(page, "pk", None):
        url = page.get_full_url(request)
        page_path = page.get_url(request) or ""
        if page_path.startswith("/") and request.path.startswith(page_path):
            # A sub-route of the page (the agenda's archive) is a page of its own.
            url += request.path[len(page_path) :]
    else:
        url = request.build_absolute_uri(request.path)
    listing = context.get("listing")
    if listing is not None and getattr(listing, "number", 1) > 1:
        url = f"{url}?page={listing.number}"
    return url


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with another page number, for pagination links."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.simple_tag
def local_date():
    """Today's date in Almere (2026-12-07): a fragment that shows live figures varies its
    cache on it, so it never keeps them past their day."""
    return local_today().isoformat()


@register.filter
def is_current_url(url, request):
    return bool(url) and (request.path == url or (url != "/" and request.path.startswith(url)))


class PublicCacheNode(CacheNode):
    """A fragment that every visitor of a host sees alike, in one language.

    Like `{% cache %}`, and also kept apart per content version (a publish renews it),
    language and host. A preview shows a draft: it is rendered fresh, never stored and
    never served from the cache.
    """

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        with context.push(public_cache_version=current_content_version()):
            return super().render(context)


@register.tag("publiccache")
def public_cache(parser, token):
    """{% publiccache seconds name [vary_on ...] %} … {% endpubliccache %}"""
    nodelist = parser.parse(("endpubliccache",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a lifetime and a name.")
    vary_on = [*bits[3:], "public_cache_version", "LANGUAGE_CODE", "request.get_host"]
    return PublicCacheNode(
        nodelist,
        parser.compile_filter(bits[1]),
        bits[2],
        [parser.compile_filter(bit) for bit in vary_on],
        None,
    )
