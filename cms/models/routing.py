"""Route a URL to its page with a fixed number of queries, however deep the page is."""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from wagtail.models import Page


class DirectRoutingMixin:
    """For the root page of a site: find the page for a path in one lookup.

    Wagtail's own routing walks the tree one level at a time, with two queries per
    level (the child, then its specific type). Every page stores its full path
    (`url_path`), so the deepest page matching the start of the requested path can
    be found at once; what is left of the path then goes to that page's own
    `route()`, which serves sub-routes such as the RSS feed of an overview page, or
    gives a 404. As in Wagtail, only the page that is served has to be live.

    Which page a path leads to is remembered until the content version changes (a
    publish, unpublish, move or delete raises it), so a page view loads the page with
    a single query for its specific type and main image.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:depth])
            for depth in range(1, len(path_components) + 1)
        ]
        deepest = self._deepest_page(prefixes)
        if deepest is None:
            raise Http404
        remaining = path_components[deepest.depth - self.depth :]
        return deepest.route(request, remaining)

    def _deepest_page(self, prefixes):
        """The specific page with the longest of these url_paths, or None."""
        from ..cache import VERSIONED_ENTRY_SECONDS, content_version

        path_hash = hashlib.blake2b(prefixes[-1].encode(), digest_size=16).hexdigest()
        key = f"route:{self.pk}:{path_hash}:{content_version()}"
        found = cache.get(key)
        if found is not None:
            content_type_id, page_id = found
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = _with_image(model.objects.filter(pk=page_id)).first() if model else None
            # The path is checked again, so a stale entry can never serve the wrong page.
            if page is not None and page.url_path in prefixes:
                return page
        deepest = (
            Page.objects.descendant_of(self)
            .filter(url_path__in=prefixes)
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            return None
        deepest = _with_image(deepest.specific_class.objects.filter(pk=deepest.pk)).first()
        cache.set(key, (deepest.content_type_id, deepest.pk), VERSIONED_ENTRY_SECONDS)
        return deepest


def _with_image(pages):
    """Pages with their main image in the same query: nearly every page shows it."""
    has_image = any(field.name == "image" for field in pages.model._meta.get_fields())
    return pages.select_related("image") if has_image else pages
