"""Anonymous full-page cache and the content version that invalidates it.

Anonymous visitors (no session cookie) get pages straight from the cache,
without touching the database. Every change that the public can see
(publishing, unpublishing, moving or deleting a page; editing a snippet, an
image or the site settings) raises the content version, which makes every
cached page and cached fragment stale at once, in every process that shares
the cache (Redis in production).
"""

import hashlib
import re
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

VERSION_KEY = "content-version"
# Entries keyed on the content version become unreachable once it changes; this lets
# the cache (Redis in production) drop them instead of keeping them for ever.
VERSIONED_ENTRY_SECONDS = 60 * 60 * 24
SKIPPED_PATH_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")
# What a cached page is answered with, besides its body. Django's SecurityMiddleware (HTTPS
# redirect, HSTS, nosniff, Referrer-Policy, COOP) sits outside this middleware and adds its
# headers to every response, cached or not (cms.settings.base.MIDDLEWARE).
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Encoding",
    "Content-Disposition",
    "Vary",
    "Cache-Control",
    "Last-Modified",
    "ETag",
    "X-Frame-Options",
    "Content-Security-Policy",
    "Permissions-Policy",
    "Link",
)


# Within one request the content version is read from the cache once and remembered:
# a page asks for it a dozen times (fragments, menus, filter choices).
_NOT_IN_REQUEST = object()
_NOT_READ_YET = object()
_request_version = ContextVar("vmca_content_version", default=_NOT_IN_REQUEST)


def _read_content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock, so a restarted or evicted cache never reuses an old number.
        cache.add(VERSION_KEY, int(time.time() * 1000), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def content_version():
    """The current content version; changes whenever public content changes."""
    remembered = _request_version.get()
    if remembered is not _NOT_IN_REQUEST and remembered is not _NOT_READ_YET:
        return remembered
    version = _read_content_version()
    if remembered is _NOT_READ_YET:
        _request_version.set(version)
    return version


def bump_content_version(**kwargs):
    """Signal receiver: make every cached page and fragment stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(time.time() * 1000), None)
    if _request_version.get() is not _NOT_IN_REQUEST:
        _request_version.set(_NOT_READ_YET)


_MAX_AGE = re.compile(r"max-age=(\d+)")


def _cache_key(request):
    # Responses may be gzipped (calendar feeds) for clients that ask: keep both apart.
    encoding = "gz" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else ""
    raw = f"{encoding}|{request.get_host()}{request.get_full_path()}".encode()
    return "page:" + hashlib.blake2b(raw, digest_size=20).hexdigest()


def _is_cacheable_request(request):
    if request.method != "GET":
        return False
    if request.path.startswith(SKIPPED_PATH_PREFIXES):
        return False
    # Signed-in people and anyone with messages waiting see a personal page.
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _is_cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _lifetime(response, seconds):
    """A page with live figures (places left) may ask for less with Cache-Control max-age."""
    match = _MAX_AGE.search(response.get("Cache-Control", ""))
    return min(seconds, int(match.group(1))) if match else seconds


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_version.set(_NOT_READ_YET)
        try:
            return self._respond(request)
        finally:
            _request_version.reset(token)

    def _respond(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _is_cacheable_request(request):
            return self.get_response(request)

        key = _cache_key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        entry = found.get(key)
        if entry is not None and version is not None and entry[0] == version:
            return self._response_from_entry(request, entry)
        if version is not None:
            _request_version.set(version)

        response = self.get_response(request)
        seconds = _lifetime(response, seconds)
        if seconds and _is_cacheable_response(response):
            # Store under the version the page was built with: a publish during the
            # request leaves this entry stale instead of caching old content as new.
            version = content_version() if version is None else version
            headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
            cache.set(key, (version, headers, response.content), seconds)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _response_from_entry(request, entry):
        _version, headers, content = entry
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        # Clients that poll (calendar feeds) send If-None-Match / If-Modified-Since.
        return get_conditional_response(
            request,
            etag=headers.get("ETag"),
            last_modified=parse_http_date_safe(headers.get("Last-Modified", "")),
            response=response,
        )


def cached_json_ld(page, request, build, state, seconds):
    """`build(page, request)`, a page's schema.org data, from the cache: it is the same for
    every visitor (of this host, in this language) until the content version or `state`
    changes (whatever else it shows: places, the time slot), or `seconds` pass. A preview
    shows a draft: built fresh, never stored."""
    if getattr(request, "is_preview", False):
        return build(page, request)
    from .models.mixins import locale_language_code

    key = ":".join(
        (
            "json-ld",
            str(page.pk),
            locale_language_code(page.locale_id),
            request.get_host(),
            str(content_version()),
            str(state),
        )
    )
    return cache.get_or_set(key, lambda: build(page, request), seconds)
