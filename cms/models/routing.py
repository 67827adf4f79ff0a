"""Route a URL to its page with a fixed number of queries, however deep the page is."""

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
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:depth])
            for depth in range(1, len(path_components) + 1)
        ]
        deepest = (
            Page.objects.descendant_of(self)
            .filter(url_path__in=prefixes)
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            raise Http404
        remaining = path_components[deepest.depth - self.depth :]
        return deepest.specific.route(request, remaining)
