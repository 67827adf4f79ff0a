"""RSS and Atom feeds of an overview page (news, blogs)."""

import datetime as dt

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_ITEM_COUNT = 20


class ListingFeed(Feed):
    """The newest items of one overview page, as RSS 2.0 or Atom 1.0."""

    def __init__(self, index_page, kind):
        super().__init__()
        self.index_page = index_page
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = f"{self.feed_type.content_type.split(';')[0]}; charset=utf-8"
        return response

    def title(self):
        return str(self.index_page.feed_title)

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def description(self):
        return self.index_page.intro or str(self.index_page.feed_title)

    subtitle = description

    def feed_guid(self):
        return self.link()

    def items(self):
        return self.index_page.item_queryset()[:FEED_ITEM_COUNT]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_listing_summary()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        # Stays the same when a title or slug changes, so readers don't show it twice.
        return f"tag:{settings.FEED_TAG_AUTHORITY},2026:page-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        author = getattr(item, "author", None)
        return author.full_name if author else "VMCA Almere"

    def item_categories(self, item):
        return [item.wijk.name] if item.wijk_id else []
