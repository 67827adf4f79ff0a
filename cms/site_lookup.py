"""Which Wagtail site answers a request, without a query on every page view."""

from django.core.cache import cache
from django.core.exceptions import DisallowedHost

from .cache import VERSIONED_ENTRY_SECONDS, content_version


class CachedSiteMiddleware:
    """Give Wagtail the site of this host from the cache.

    Wagtail looks the site up with a query on every request and remembers it on the
    request (`request._wagtail_site`, see `Site.find_for_request`). Sites hardly ever
    change, and saving one, or publishing its root page, raises the content version
    (cms.signals), so the site that Wagtail found is kept per host until then, with its
    root page in its specific type and with its image: routing starts from there without
    another query. A request that never needed the site stores nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        site = cache.get(key) if key else None
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        if key and site is None:
            self._remember(key, getattr(request, "_wagtail_site", None))
        return response

    @staticmethod
    def _key(request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return None  # Django answers 400; nothing to keep for a host it refuses
        return f"site:{host}:{request.get_port()}:{content_version()}"

    @staticmethod
    def _remember(key, site):
        if site is None:
            return
        site.root_page = site.root_page.specific
        site.root_page.image  # noqa: B018  (loaded now, kept with it: the home page shows it)
        cache.set(key, site, VERSIONED_ENTRY_SECONDS)
