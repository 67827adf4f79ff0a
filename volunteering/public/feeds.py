"""RSS and Atom of the newest live vacancies (Django's syndication framework)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .. import rules
from ..models import Vacancy
from ..presentation import place_text, time_summary

FEED_ITEM_COUNT = 30


class VacancyFeed(Feed):
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
        return _("Nieuwe vacatures van VMCA Almere")

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def description(self):
        return self.index_page.intro or _("Nieuw vrijwilligerswerk in Almere.")

    subtitle = description

    def feed_guid(self):
        return self.link()

    def items(self):
        return list(
            Vacancy.objects.filter(rules.live_q(timezone.now()))
            .select_related("organisation", "wijk")
            .prefetch_related("themes")
            .order_by("-published_at", "-pk")[:FEED_ITEM_COUNT]
        )

    def item_title(self, item):
        return f"{item.title} – {item.organisation.name}"

    def item_description(self, item):
        return f"{item.summary} ({place_text(item)}, {time_summary(item)})"

    def item_link(self, item):
        return self.link() + self.index_page.reverse_subpage(
            "vacancy_slug", args=[item.pk, item.slug]
        )

    def item_guid(self, item):
        # Stays the same when the title changes, so readers do not show it twice.
        return f"tag:{settings.FEED_TAG_AUTHORITY},2026:vacancy-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.organisation.name

    def item_categories(self, item):
        names = [theme.name for theme in item.themes.all()]
        return [place_text(item), *names]


def vacancy_feed(page, request, kind):
    return VacancyFeed(page, kind)(request)
